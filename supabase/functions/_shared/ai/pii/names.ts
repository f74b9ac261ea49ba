// What the anonymiser knows about French person names: a lexicon of frequent
// first names (several generations, and the origins common in France), the
// words that look like names but are not, and the contexts that announce one.
// Precision matters more than reach here: a masked « Directrice » or « Lyon »
// makes the model's answer worse without protecting anyone.

/** Lower case, accents removed: « Hélène », « HELENE » and « helene » are the same key. */
export function nameKey(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase()
}

function keySet(words: readonly string[]): ReadonlySet<string> {
	return new Set(words.map(nameKey))
}

// prettier-ignore
const femaleFirstNames = [
	'Marie', 'Anne', 'Jeanne', 'Françoise', 'Monique', 'Catherine', 'Nathalie', 'Isabelle', 'Sylvie', 'Christine',
	'Martine', 'Nicole', 'Sophie', 'Valérie', 'Sandrine', 'Véronique', 'Stéphanie', 'Céline', 'Julie', 'Aurélie',
	'Émilie', 'Laura', 'Sarah', 'Sara', 'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Jade', 'Louise', 'Alice',
	'Lina', 'Rose', 'Anna', 'Mila', 'Ambre', 'Julia', 'Léna', 'Zoé', 'Agathe', 'Juliette', 'Lola', 'Margaux', 'Lucie',
	'Clara', 'Romane', 'Eva', 'Ève', 'Charlotte', 'Mathilde', 'Pauline', 'Marine', 'Laure', 'Élodie', 'Audrey',
	'Mélanie', 'Caroline', 'Virginie', 'Delphine', 'Hélène', 'Christelle', 'Séverine', 'Karine', 'Laetitia',
	'Lætitia', 'Emmanuelle', 'Florence', 'Patricia', 'Brigitte', 'Chantal', 'Dominique', 'Jacqueline', 'Danielle',
	'Michèle', 'Michelle', 'Sylviane', 'Josiane', 'Colette', 'Odile', 'Simone', 'Yvette', 'Geneviève', 'Madeleine',
	'Suzanne', 'Denise', 'Paulette', 'Germaine', 'Yvonne', 'Marguerite', 'Lucienne', 'Claudine', 'Annie', 'Évelyne',
	'Joëlle', 'Béatrice', 'Corinne', 'Pascale', 'Muriel', 'Agnès', 'Fabienne', 'Claire', 'Cécile', 'Élise', 'Estelle',
	'Gaëlle', 'Maëlle', 'Morgane', 'Solène', 'Océane', 'Anaïs', 'Amandine', 'Justine', 'Marion', 'Elsa', 'Noémie',
	'Coralie', 'Jessica', 'Vanessa', 'Jennifer', 'Cindy', 'Sabrina', 'Sandra', 'Nadia', 'Samira', 'Fatima', 'Fatoumata',
	'Yasmina', 'Leïla', 'Leila', 'Amina', 'Aïcha', 'Khadija', 'Malika', 'Myriam', 'Farida', 'Nora', 'Salma', 'Yasmine',
	'Sonia', 'Naïma', 'Rachida', 'Djamila', 'Karima', 'Souad', 'Imane', 'Meriem', 'Assia', 'Lydia', 'Sofia', 'Ophélie',
	'Alexandra', 'Aurore', 'Marina', 'Laurence', 'Nadège', 'Magali', 'Ghislaine', 'Gisèle', 'Régine', 'Mireille',
	'Huguette', 'Liliane', 'Arlette', 'Jocelyne', 'Maryse', 'Nadine', 'Sabine', 'Carole', 'Valentine', 'Victoire',
	'Capucine', 'Apolline', 'Constance', 'Clémence', 'Héloïse', 'Margot', 'Adèle', 'Olivia', 'Victoria', 'Gabrielle',
	'Lisa', 'Elisa', 'Éléonore', 'Axelle', 'Lou', 'Nina', 'Maëva', 'Mélissa', 'Kelly', 'Priscilla', 'Tiphaine',
	'Gwenaëlle', 'Nolwenn', 'Armelle', 'Solange', 'Bernadette', 'Thérèse', 'Marcelle', 'Andrée', 'Renée', 'Albane',
	'Bérénice', 'Diane', 'Blandine', 'Ségolène', 'Sixtine', 'Hortense', 'Léonie', 'Rosalie', 'Zélie', 'Élisabeth',
	'Elisabeth', 'Manuela', 'Maria', 'Ana', 'Carla', 'Paola', 'Daniela', 'Francesca', 'Giulia', 'Joana', 'Aurélia',
	'Perrine', 'Claudia', 'Célia', 'Éloïse', 'Lilou', 'Louna', 'Rania', 'Hanna', 'Hannah', 'Anaëlle', 'Maud', 'Édith',
	'Ginette', 'Nour', 'Chaïma', 'Aya', 'Maryam', 'Fanny', 'Sandy', 'Cynthia', 'Aline', 'Tatiana', 'Natacha', 'Anissa',
	'Sana', 'Mélina', 'Laurine', 'Lauriane', 'Angélique', 'Ingrid', 'Jeannine', 'Josette', 'Raymonde', 'Yolande',
	'Sylvette', 'Murielle', 'Alexia', 'Alicia', 'Amélie', 'Anne-Marie', 'Anne-Sophie', 'Anne-Laure', 'Anne-Claire',
	'Marie-Claire', 'Marie-Christine', 'Marie-France', 'Marie-Thérèse', 'Marie-Laure', 'Marie-Hélène', 'Marie-Pierre',
	'Marie-José', 'Marie-Noëlle', 'Marie-Line', 'Marie-Anne', 'Marie-Paule', 'Marie-Odile', 'Rose-Marie', 'Lise',
	'Lucile', 'Lucille', 'Oriane', 'Ludivine', 'Gaëtane', 'Bénédicte', 'Dorothée', 'Edwige', 'Flora', 'Irène', 'Judith',
	'Katia', 'Léonore', 'Mallaury', 'Noëlle', 'Pénélope', 'Roxane', 'Salomé', 'Tania', 'Vanille', 'Yaëlle', 'Zohra',
	'Houria', 'Nawel', 'Dounia', 'Wafa', 'Hayat', 'Fadila', 'Kenza', 'Ines', 'Awa', 'Aminata', 'Mariam', 'Binta',
] as const

// prettier-ignore
const maleFirstNames = [
	'Jean', 'Pierre', 'Michel', 'André', 'Philippe', 'Alain', 'Jacques', 'Bernard', 'René', 'Louis', 'Daniel', 'Claude',
	'Roger', 'Robert', 'Paul', 'Marcel', 'Christian', 'Henri', 'Georges', 'Nicolas', 'François', 'Patrick', 'Gérard',
	'Christophe', 'Joseph', 'Marc', 'Thierry', 'Laurent', 'Éric', 'Frédéric', 'Stéphane', 'Pascal', 'David', 'Julien',
	'Sébastien', 'Olivier', 'Vincent', 'Thomas', 'Alexandre', 'Guillaume', 'Antoine', 'Maxime', 'Romain', 'Kevin',
	'Kévin', 'Jérôme', 'Mathieu', 'Matthieu', 'Benoît', 'Cédric', 'Franck', 'Fabrice', 'Yannick', 'Ludovic', 'Arnaud',
	'Damien', 'Florian', 'Anthony', 'Jonathan', 'Jérémy', 'Jérémie', 'Mickaël', 'Michaël', 'Cyril', 'Grégory',
	'Sylvain', 'Hervé', 'Didier', 'Bruno', 'Serge', 'Charles', 'Gabriel', 'Raphaël', 'Léo', 'Lucas', 'Hugo', 'Arthur',
	'Jules', 'Adam', 'Nathan', 'Ethan', 'Noah', 'Timéo', 'Mathis', 'Théo', 'Tom', 'Enzo', 'Clément', 'Baptiste',
	'Quentin', 'Valentin', 'Corentin', 'Adrien', 'Aurélien', 'Bastien', 'Benjamin', 'Dylan', 'Loïc', 'Gaëtan',
	'Tristan', 'Martin', 'Victor', 'Gaspard', 'Axel', 'Simon', 'Samuel', 'Élie', 'Emmanuel', 'Xavier', 'Yves', 'Gilles',
	'Denis', 'Francis', 'Guy', 'Jacky', 'Joël', 'Lionel', 'Marius', 'Maurice', 'Raymond', 'Roland', 'Lucien', 'Fernand',
	'Gilbert', 'Albert', 'Émile', 'Gaston', 'Léon', 'Hubert', 'Régis', 'Rémi', 'Rémy', 'Jordan', 'Steven', 'Teddy',
	'Rudy', 'Morgan', 'Erwan', 'Yann', 'Gwendal', 'Ronan', 'Killian', 'Kylian', 'Maël', 'Nolan', 'Evan', 'Sacha',
	'Alexis', 'Mehdi', 'Karim', 'Rachid', 'Mohamed', 'Mohammed', 'Ahmed', 'Ali', 'Omar', 'Youssef', 'Yassine', 'Sofiane',
	'Soufiane', 'Bilal', 'Nassim', 'Walid', 'Farid', 'Djamel', 'Hakim', 'Kamel', 'Mourad', 'Samir', 'Nabil', 'Hamid',
	'Abdel', 'Abdelkader', 'Saïd', 'Mustapha', 'Khalid', 'Hicham', 'Yanis', 'Rayan', 'Rayane', 'Ilyes', 'Amine', 'Ayoub',
	'Ismaël', 'Moussa', 'Mamadou', 'Ibrahim', 'Ousmane', 'Abdoulaye', 'Boubacar', 'Sékou', 'Cheikh', 'João', 'Manuel',
	'José', 'Carlos', 'Antonio', 'Miguel', 'Luis', 'Paulo', 'Fernando', 'Giovanni', 'Marco', 'Luca', 'Alessandro',
	'Hugues', 'Gauthier', 'Gautier', 'Geoffroy', 'Amaury', 'Thibault', 'Thibaut', 'Édouard', 'Ferdinand', 'Augustin',
	'Félix', 'Côme', 'Aymeric', 'Tanguy', 'Yvon', 'Erwann', 'Mathias', 'Matthias', 'Jimmy', 'Johnny', 'Willy', 'Fabien',
	'Grégoire', 'Benoit', 'Vivien', 'Stanislas', 'Virgile', 'Octave', 'Basile', 'Eliott', 'Elliot', 'Noé', 'Nino',
	'Sami', 'Samy', 'Wassim', 'Anis', 'Idriss', 'Younes', 'Zakaria', 'Adel', 'Riad', 'Ryad', 'Malik', 'Brahim', 'Tarek',
	'Hamza', 'Kader', 'Dimitri', 'Igor', 'Ivan', 'Boris', 'Sergio', 'Pedro', 'Rui', 'Nuno', 'Tiago', 'Yohan', 'Johan',
	'Jean-Claude', 'Jean-Pierre', 'Jean-Marc', 'Jean-Luc', 'Jean-Paul', 'Jean-Michel', 'Jean-François', 'Jean-Louis',
	'Jean-Jacques', 'Jean-Baptiste', 'Jean-Marie', 'Jean-Christophe', 'Jean-Philippe', 'Jean-Yves', 'Jean-Charles',
	'Jean-Noël', 'Jean-Guy', 'Jean-Daniel', 'Jean-Sébastien', 'Pierre-Yves', 'Pierre-Alexandre', 'Pierre-Louis',
	'Paul-Henri', 'Marc-Antoine', 'Marc-André', 'Louis-Marie', 'Jean-Bernard', 'Jean-Max', 'Alix', 'Amédée', 'Anatole',
	'Armand', 'Bertrand', 'Blaise', 'Camille', 'Cyprien', 'Dorian', 'Edgar', 'Étienne', 'Eugène', 'Fabio', 'Florent',
	'Gérald', 'Gwenaël', 'Hector', 'Jason', 'Jocelyn', 'Kilian', 'Léandre', 'Lilian', 'Loris', 'Lorenzo', 'Marceau',
	'Mattéo', 'Maximilien', 'Nils', 'Pascal', 'Patrice', 'Philippe', 'Raoul', 'Ruben', 'Sylvère', 'Thierno', 'Timothée',
	'Ulysse', 'Valère', 'Wilfried', 'Yoann', 'Yves-Marie', 'Yannis', 'Zinedine', 'Aziz', 'Nordine', 'Mounir', 'Réda',
	'Slimane', 'Ahmet', 'Mehmet', 'Emre', 'Kenji', 'Minh', 'Thanh', 'Wei', 'Stéphan', 'Steeve', 'Christopher', 'Kévyn',
] as const

export const firstNames: readonly string[] = [...femaleFirstNames, ...maleFirstNames]

const firstNameKeys = keySet(firstNames)

/**
 * First names that are also common words, places or brands (« Claire et
 * précise », « Marine nationale », « Florence »): on their own or at the start
 * of a sentence they are a name only when the context says so.
 */
// prettier-ignore
export const ambiguousFirstNames = keySet([
	'Claire', 'Rose', 'Marine', 'Aurore', 'Ambre', 'Jade', 'Capucine', 'Victoire', 'Constance', 'Florence', 'Jordan',
	'Pascal', 'Maxime', 'Clément', 'Charlotte', 'Morgan', 'Ève', 'Eve', 'Margaux', 'Diane', 'Lou', 'Aya', 'Ana', 'Tom',
	'Guy', 'Nora', 'Flora', 'Vanille', 'Lise', 'Martin', 'Noé', 'Félix', 'Nour', 'Alix', 'Gaspard', 'Salomé', 'Minh',
	'Maurice', 'Julia', 'Victoria', 'Sofia', 'Dominique', 'Albert', 'Octave', 'Angélique', 'Virgile',
])

/** True for a first name of the lexicon, including compounds of two known names (« Jean-Pierre », « Marie-Ange »). */
export function isFirstName(word: string): boolean {
	const key = nameKey(word)
	if (firstNameKeys.has(key)) return true
	const parts = key.split('-')
	return parts.length === 2 && parts.every((part) => firstNameKeys.has(part))
}

/** Lower-case particles inside surnames (« Da Silva », « Le Gall », « de La Tour »). */
// prettier-ignore
export const surnameParticles = keySet(['de', 'du', 'des', 'd', 'le', 'la', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'del', 'della', 'ben', 'el', 'al', 'ibn', 'mac', 'mc', 'ter', 'ten'])

/**
 * Capitalised words that never are a surname: sentence openers, greetings,
 * months and weekdays, job titles, form labels, organisations. They end a name
 * (« Claire Martin Développeuse ») and keep capitalised prose out of it.
 */
// prettier-ignore
export const notNameWords = keySet([
	// sentence words
	'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'le', 'la', 'les', 'l', 'un', 'une', 'des',
	'du', 'de', 'd', 'ce', 'cet', 'cette', 'ces', 'ceci', 'cela', 'ça', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son',
	'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'et', 'ou', 'mais', 'donc', 'car', 'or', 'ni', 'si',
	'quand', 'comme', 'pour', 'par', 'avec', 'sans', 'dans', 'en', 'au', 'aux', 'sur', 'sous', 'chez', 'depuis', 'pendant',
	'apres', 'avant', 'entre', 'vers', 'contre', 'selon', 'oui', 'non', 'qui', 'que', 'quoi', 'ou', 'comment',
	'pourquoi', 'combien', 'quel', 'quelle', 'quels', 'quelles', 'est', 'suis', 'sont', 'a', 'ai', 'as', 'ont', 'etait',
	'sera', 'voici', 'voila', 'ici', 'aujourd', 'hui', 'demain', 'hier', 'alors', 'ensuite', 'enfin', 'puis', 'aussi',
	'tout', 'tous', 'toute', 'toutes', 'rien', 'personne', 'chaque', 'plusieurs', 'certains', 'autre', 'autres', 'meme',
	'tres', 'plus', 'moins', 'bien', 'mal', 'peu', 'beaucoup', 'deja', 'encore', 'toujours', 'jamais', 'parfois',
	'ps', 'nb', 'cf', 'etc', 'svp', 'stp', 'ok', 'the', 'and', 'of', 'to', 'in', 'at', 'for', 'with', 'from', 'by', 'my',
	'your', 'our', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'dear', 'hello', 'hi', 'thanks',
	// greetings and letter formulas
	'bonjour', 'bonsoir', 'salut', 'coucou', 'merci', 'cordialement', 'cordiales', 'salutations', 'sincerement',
	'amicalement', 'respectueusement', 'bonne', 'bon', 'belle', 'excellente', 'cher', 'chere', 'chers', 'cheres',
	'madame', 'monsieur', 'mademoiselle', 'mesdames', 'messieurs', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'docteur',
	'maitre', 'professeur', 'objet', 're', 'tr', 'fwd', 'pj', 'signe', 'signature',
	// time
	'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre',
	'decembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'noel', 'paques', 'toussaint',
	'janvier', 'semaine', 'mois', 'annee', 'jour',
	// form labels and CV headings
	'nom', 'prenom', 'prenoms', 'adresse', 'telephone', 'tel', 'portable', 'mobile', 'fixe', 'email', 'mail', 'courriel',
	'contact', 'contacts', 'nationalite', 'permis', 'age', 'ne', 'nee', 'naissance', 'ville', 'pays', 'poste', 'profil',
	'experience', 'experiences', 'formation', 'formations', 'competences', 'diplomes', 'diplome', 'langues', 'loisirs',
	'interets', 'references', 'projet', 'projets', 'objectif', 'objectifs', 'missions', 'mission', 'stage', 'cv',
	'lettre', 'candidature', 'offre', 'annonce', 'salaire', 'remuneration', 'lieu', 'date', 'dates', 'horaires',
	'entreprise', 'societe', 'groupe', 'agence', 'cabinet', 'service', 'services', 'equipe', 'direction',
	'departement', 'pole', 'emploi', 'travail', 'france', 'ressources', 'humaines', 'rh', 'drh', 'siege', 'social',
	// job titles
	'directeur', 'directrice', 'responsable', 'chef', 'cheffe', 'manager', 'assistant', 'assistante', 'charge',
	'chargee', 'consultant', 'consultante', 'recruteur', 'recruteuse', 'ingenieur', 'ingenieure', 'developpeur',
	'developpeuse', 'technicien', 'technicienne', 'infirmier', 'infirmiere', 'comptable', 'conseiller', 'conseillere',
	'formateur', 'formatrice', 'coach', 'gerant', 'gerante', 'president', 'presidente', 'fondateur', 'fondatrice',
	'commercial', 'commerciale', 'vendeur', 'vendeuse', 'secretaire', 'agent', 'agente', 'employe', 'employee',
	'stagiaire', 'apprenti', 'apprentie', 'auxiliaire', 'aide', 'educateur', 'educatrice', 'electricien', 'plombier',
	'cuisinier', 'cuisiniere', 'serveur', 'serveuse', 'chauffeur', 'conducteur', 'conductrice', 'ouvrier', 'ouvriere',
	'operateur', 'operatrice', 'analyste', 'architecte', 'designer', 'graphiste', 'juriste', 'avocat', 'avocate',
	'medecin', 'pharmacien', 'pharmacienne', 'professeure', 'enseignant', 'enseignante', 'coordinateur',
	'coordinatrice', 'superviseur', 'superviseuse', 'administrateur', 'administratrice', 'gestionnaire', 'associe',
	'associee', 'senior', 'junior', 'lead', 'head', 'digital', 'marketing', 'communication', 'vente', 'ventes',
	'achats', 'finance', 'qualite', 'logistique', 'production', 'maintenance', 'commerciale', 'technique', 'grands',
	'comptes', 'clientele', 'clients', 'client', 'web', 'data', 'it', 'sav', 'h', 'f', 'hf',
	// organisations and places that follow names in lists
	'universite', 'ecole', 'lycee', 'college', 'institut', 'centre', 'hopital', 'clinique', 'chu', 'mairie', 'region',
	'conseil', 'association', 'fondation', 'ministere', 'cci', 'cpam', 'caf', 'urssaf', 'opco', 'sas', 'sarl', 'sa',
	'eurl', 'sasu', 'sci', 'scop', 'inc', 'ltd', 'gmbh', 'cdi', 'cdd', 'bts', 'dut', 'but', 'cap', 'bac', 'master',
	'licence', 'vae', 'cpf', 'rome', 'linkedin', 'indeed', 'iris', 'phoenix',
])

/** Words that, right before a name-looking sequence, make it a place or an institution (« lycée Victor Hugo »). */
// prettier-ignore
export const namedPlaceWords = keySet([
	'rue', 'avenue', 'boulevard', 'bd', 'allee', 'impasse', 'chemin', 'place', 'quai', 'route', 'cours', 'square',
	'passage', 'lycee', 'college', 'ecole', 'universite', 'institut', 'hopital', 'clinique', 'centre', 'stade',
	'gymnase', 'musee', 'salle', 'espace', 'residence', 'fondation', 'prix', 'bibliotheque', 'mediatheque', 'gare',
	'station', 'metro', 'pont', 'parc', 'jardin', 'theatre', 'cinema', 'iut', 'campus', 'chu', 'ehpad', 'saint',
	'sainte', 'st', 'ste', 'promotion', 'promo', 'groupe', 'scolaire', 'maternelle', 'elementaire', 'creche', 'club',
	'association', 'hall', 'amphi', 'amphitheatre', 'pavillon', 'batiment', 'immeuble', 'tour', 'port', 'aeroport',
])

/** Brands and companies named after a person: a job at « Yves Rocher » names nobody. */
// prettier-ignore
export const brandNames: readonly string[] = [
	'yves rocher', 'yves saint laurent', 'louis vuitton', 'jacques dessange', 'franck provost', 'jean-louis david', 'jean louis david',
	'hugo boss', 'marie claire', 'pierre fabre', 'pierre et vacances', 'christian dior', 'leon de bruxelles',
	'camille albane', 'morgan stanley', 'guy degrenne', 'jean lain', 'jules verne', 'marie curie', 'victor hugo',
	'jean moulin', 'jean jaures', 'charles de gaulle', 'paul bocuse', 'thierry mugler', 'jean-paul gaultier', 'jean paul gaultier',
	'pierre cardin', 'agnes b', 'claude pierlot', 'simone veil', 'louis pasteur', 'jean monnet', 'rene coty', 'emile zola', 'georges pompidou', 'edouard herriot',
]

/**
 * Closing formulas of a letter or an email: the short capitalised line that
 * follows one (blank lines allowed) is a signature. Matched against the end
 * of the text that precedes the candidate line.
 */
export const afterClosingFormula = new RegExp(
	'(?:^|\\n)[ \\t]*(?:' +
		[
			'(?:bien |très |tres )?cordialement',
			'bien (?:à|a) (?:vous|toi)',
			'(?:bien )?amicalement',
			'sinc[èe]rement',
			'respectueusement',
			'(?:avec )?mes (?:sinc[èe]res |meilleures |respectueuses )?salutations',
			'[^\\n]*salutations distinguées',
			'[^\\n]*(?:expression|assurance) de (?:ma|mes) [^\\n]*',
			'belle journée',
			'bonne (?:journée|soirée|continuation)',
			'à bientôt',
			"merci(?: (?:d'avance|par avance|beaucoup|encore|à vous|pour tout))?",
			'bises',
			'bisous',
			'amitiés',
			'--',
			'—',
			'signature\\s*:',
			'fait à [^\\n]+',
		].join('|') +
		')[ \\t.,!]*\\n(?:[ \\t]*\\n)*[ \\t]*$',
	'iu',
)
