// Know-how of service, sales, care and building trades not covered in
// trades.ts: beauty, car repair, logistics, social work, design, sales and
// marketing, security, cleaning, banking, building shell.
import type { CuratedSkill } from './types.ts'

const skill = (label: string, variants: string[], extra: Partial<CuratedSkill> = {}): CuratedSkill => ({
	label,
	kind: 'hard',
	variants,
	...extra,
})
const tool = (label: string, variants: string[], extra: Partial<CuratedSkill> = {}): CuratedSkill => ({
	label,
	kind: 'hard',
	tool: true,
	variants,
	...extra,
})

// Words that make « balayage » or « mèches » a hairdresser's technique and not sweeping.
const hairContext = ['coiff', 'chev', 'capillair', 'color', 'coup', 'brushing', 'salon', 'mech', 'balayag']

export const beautySkills: CuratedSkill[] = [
	skill('Coupe de cheveux', [
		'coupe de cheveux',
		'coupes femme',
		'coupes homme',
		'coupes femme et homme',
		'couper les cheveux',
		'coupe homme',
		'coupe femme',
	]),
	skill('Brushing', ['=brushing', '=brushings']),
	skill('Coiffage', ['=coiffage', '=coiffages', '=chignons', '=chignon']),
	skill('Coloration', ['=coloration', '=colorations', 'techniques de coloration']),
	skill('Balayage', ['=balayage', '=balayages'], { context: hairContext }),
	skill('Mèches', ['=meches'], { context: hairContext }),
	skill('Diagnostic capillaire', ['diagnostic capillaire', 'diagnostic du cuir chevelu']),
	skill('Barbier', ['=barbier', 'taille de barbe', 'rasage a l ancienne']),
	skill('Soins du visage', ['soins du visage', 'soin du visage', 'soins visage']),
	skill('Soins du corps', ['soins du corps', 'soin du corps', 'modelages', '=modelage']),
	skill('Épilation', ['=epilation', '=epilations', 'epilation a la cire']),
	skill('Manucure', ['=manucure', 'beaute des mains', 'beaute des mains et des pieds', 'pedicure', 'prothesie ongulaire']),
	skill('Vernis semi-permanent', ['vernis semi permanent', 'pose de vernis', 'pose d ongles']),
	skill('Maquillage', ['=maquillage']),
	skill('Prise de rendez-vous', [
		'prise de rendez vous',
		'prise des rendez vous',
		'prendre les rendez vous',
		'prendre des rendez vous',
		'gestion des rendez vous',
	]),
]

export const carRepairSkills: CuratedSkill[] = [
	skill('Entretien et réparation de véhicules', [
		'entretien des vehicules',
		'entretien de vehicules',
		'reparation des vehicules',
		'entretien et reparation des vehicules',
		'reparation automobile',
		'mecanique automobile',
		'maintenance des vehicules',
	]),
	skill('Diagnostic de pannes', [
		'diagnostic des pannes',
		'diagnostic de pannes',
		'diagnostiquer les pannes',
		'recherche de pannes',
		'diagnostic mecanique',
	]),
	tool('Valise de diagnostic', ['valise de diagnostic', 'outil de diagnostic', 'outils de diagnostic']),
	skill('Freinage', ['=freinage']),
	skill('Vidange', ['=vidange', '=vidanges']),
	skill('Pneumatiques', ['=pneumatiques', 'montage de pneus', 'montage des pneus']),
	skill('Électronique embarquée', ['electronique embarquee', 'electronique automobile']),
	skill('Carrosserie', ['=carrosserie']),
]

export const logisticsSkills: CuratedSkill[] = [
	skill('Emballage', ['=emballage', '=emballages', 'emballer']),
	skill('Étiquetage', ['=etiquetage', 'etiqueter']),
	skill('Contrôle qualité', ['controle qualite', 'controle de la qualite', 'controles qualite', 'quality control']),
	skill('Préparation vocale', ['commande vocale', 'preparation vocale', 'picking vocal', 'guidage vocal']),
	skill('Expédition', ['=expedition', '=expeditions', 'expedier les colis']),
	skill('Gestion des flux', ['gestion des flux', 'flux logistiques']),
]

export const socialWorkSkills: CuratedSkill[] = [
	skill('Projet personnalisé', [
		'projet personnalise',
		'projets personnalises',
		'projet d accompagnement personnalise',
		'projet de vie',
		'projet individualise',
		'projets individualises',
	]),
	skill('Écrits professionnels', ['ecrits professionnels', 'rediger des ecrits', 'redaction d ecrits', 'redaction des ecrits']),
	skill('Animation d’activités', [
		'animation d activites',
		'animer des activites',
		'animer des ateliers',
		'animation d ateliers',
		'activites educatives',
		'ateliers collectifs',
	]),
	skill('Accompagnement social', ['accompagnement social', 'accompagnement educatif', 'accompagnement socio educatif']),
	skill('Relation avec les familles', [
		'lien avec les familles',
		'relation avec les familles',
		'relations avec les familles',
		'accompagnement des familles',
		'accueil des familles',
	]),
]

export const designSkills: CuratedSkill[] = [
	skill('Wireframes', ['=wireframes', '=wireframe', 'maquettes fonctionnelles', '=zoning']),
	skill('Prototypage', ['=prototypage', 'prototypes interactifs', 'prototyper', '=prototypes']),
	skill('Recherche utilisateur', ['recherche utilisateur', 'user research', 'interviews utilisateurs', 'entretiens utilisateurs']),
	skill('Tests utilisateurs', [
		'tests utilisateurs',
		'tests d utilisabilite',
		'usability testing',
		'tests d usabilite',
		'tests utilisateur',
	]),
	skill('Design system', ['design system', 'design systems']),
	skill('UI design', ['ui design', 'conception d interfaces', 'design d interfaces'], { gap: 0 }),
	tool('Adobe XD', ['adobe xd']),
	tool('Premiere Pro', ['premiere pro', 'adobe premiere']),
	tool('CapCut', ['capcut']),
	skill('Montage vidéo', ['montage video', 'montage de videos', 'video editing']),
]

export const salesSkills: CuratedSkill[] = [
	skill('Prospection', [
		'=prospection',
		'prospecter',
		'prospection commerciale',
		'prospection telephonique',
		'prospection physique',
		'developpement commercial',
	]),
	skill('Négociation commerciale', ['=negociation', 'negocier', 'negociation commerciale', '=closing']),
	skill('Gestion de portefeuille clients', [
		'portefeuille clients',
		'portefeuille de clients',
		'portefeuille client',
		'suivi de portefeuille',
	]),
	skill('Relation client', ['relation client', 'relation clientele', 'gestion de la relation client']),
	skill('Analyse des besoins', [
		'analyse des besoins',
		'analyser les besoins',
		'analyse de leurs besoins',
		'recueil des besoins',
		'identifier les besoins',
	]),
	skill('Réponse aux appels d’offres', ['appels d offres', 'appel d offres']),
	skill('Réseaux sociaux', ['reseaux sociaux', 'social media', 'community management', 'medias sociaux']),
	tool('Instagram', ['instagram']),
	tool('Facebook', ['facebook']),
	tool('TikTok', ['tiktok']),
	tool('Meta Business Suite', ['meta business suite', 'business manager']),
	tool('Google Ads', ['google ads', 'adwords']),
	skill('Création de contenus', [
		'creation de contenus',
		'creation de contenu',
		'creer les contenus',
		'creer des contenus',
		'content marketing',
		'contenus editoriaux',
	]),
	skill('Calendrier éditorial', ['calendrier editorial', 'planning editorial', 'ligne editoriale']),
	skill('Reporting', ['=reporting', 'tableaux de reporting']),
	skill('Emailing', ['=emailing', 'e mailing', 'newsletters']),
	skill('Organisation d’événements', [
		'organisation d evenements',
		'organisation des evenements',
		'organiser des evenements',
		'=evenementiel',
	]),
]

export const securitySkills: CuratedSkill[] = [
	tool('SSIAP', ['=ssiap']),
	tool('Carte professionnelle CNAPS', ['carte professionnelle', '=cnaps', 'cqp aps', 'cqp agent de prevention et de securite']),
	skill('Contrôle d’accès', ['controle d acces', 'controle des acces', 'controler les acces', 'filtrage des acces']),
	skill('Rondes de surveillance', ['=rondes', 'rondes de surveillance', 'rondes de prevention', 'effectuer des rondes']),
	skill('Vidéoprotection', ['videoprotection', 'videosurveillance', 'video protection', 'video surveillance']),
	skill('Sécurité incendie', ['securite incendie', 'systeme de securite incendie', 'prevention incendie', '=ssi']),
	skill('Main courante', ['main courante']),
]

export const cleaningSkills: CuratedSkill[] = [
	skill('Bio-nettoyage', ['bio nettoyage', 'bionettoyage', 'biodesinfection']),
	skill('Gestion du linge', ['gestion du linge', 'entretien du linge', 'circuit du linge']),
	skill('Distribution des repas', ['distribution des repas', 'distribuer les repas', 'service des repas', 'distribution des collations']),
	skill('Prévention des infections', ['prevention des infections', 'infections nosocomiales', 'precautions standard', 'risque infectieux']),
	skill('Nettoyage des locaux', ['nettoyage des locaux', 'entretien des locaux', 'nettoyage des bureaux', 'entretien des surfaces']),
]

export const bankingSkills: CuratedSkill[] = [
	skill('Produits bancaires', ['produits bancaires', 'produits financiers']),
	skill('Épargne', ['=epargne']),
	skill('Crédit immobilier', ['credit immobilier', 'credits immobiliers', 'pret immobilier']),
	skill('Crédit à la consommation', ['credit a la consommation', 'credits a la consommation']),
	skill('Assurance', ['=assurance', 'produits d assurance', 'assurance habitation', 'assurance vie'], { notAfter: ['mutuelle'] }),
	skill('Conformité', ['=conformite', 'lutte contre le blanchiment', 'lcb ft', 'lutte anti blanchiment'], {
		notBefore: ['des', 'de', 'du'],
	}),
	tool('Certification AMF', ['certification amf', '=amf']),
]

export const buildingShellSkills: CuratedSkill[] = [
	skill('Gros œuvre', ['gros oeuvre']),
	skill('Coffrage', ['=coffrage', '=coffrages']),
	skill('Ferraillage', ['=ferraillage']),
	skill('Coulage du béton', ['coulage des dalles', 'coulage du beton', 'coulage de dalles', 'couler les dalles', 'couler le beton']),
	skill('Élévation de murs', ['elevation des murs', 'elevation de murs', 'monter des murs', 'montage de murs']),
	skill('Fondations', ['=fondations']),
	skill('Implantation', ['implantation', 'implantation des ouvrages'], {
		context: ['chanti', 'fond', 'ouvrag', 'mur', 'batiment', 'maconn'],
	}),
	skill('Carrelage', ['=carrelage', 'pose de carrelage', 'pose de faience']),
	skill('Plâtrerie', ['=platrerie', 'plaques de platre', '=placo', 'cloisons seches']),
	skill('Isolation', ['isolation thermique', 'isolation des combles', 'pose d isolant']),
	skill('Échafaudage', ['=echafaudage', '=echafaudages']),
	skill('Travail en hauteur', ['travail en hauteur', 'travaux en hauteur']),
]
