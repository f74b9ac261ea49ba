import { describe, expect, test } from 'vitest'
import type { PiiType } from '../types.ts'
import { findPii } from './detect.ts'

function found(text: string): string[] {
	return findPii(text).map((span) => `${span.type}:${span.value}`)
}

function typesIn(text: string): PiiType[] {
	return findPii(text).map((span) => span.type)
}

describe('findPii: contact details', () => {
	test('emails', () => {
		expect(found('Écrivez à claire.martin+cv@exemple-mail.fr.')).toEqual(['EMAIL:claire.martin+cv@exemple-mail.fr'])
	})

	test('French phones in national and international forms', () => {
		for (const phone of [
			'06 12 34 56 78',
			'06.12.34.56.78',
			'06-12-34-56-78',
			'0612345678',
			'+33 6 12 34 56 78',
			'+33612345678',
			'+33 (0)6 12 34 56 78',
			'(+33) 6 12 34 56 78',
			'0033 6 12 34 56 78',
		]) {
			expect(found(`Mon numéro : ${phone}, merci.`)).toEqual([`TELEPHONE:${phone}`])
		}
	})

	test('foreign phones with a country code', () => {
		expect(found('En Belgique : +32 470 12 34 56.')).toEqual(['TELEPHONE:+32 470 12 34 56'])
	})
})

describe('findPii: identifiers with a checksum', () => {
	test('NIR with and without spaces', () => {
		expect(found('Sécurité sociale : 2 59 11 34 761 691 03.')).toEqual(['NIR:2 59 11 34 761 691 03'])
		expect(found('nir 271118442178919 pour le dossier')).toEqual(['NIR:271118442178919'])
	})

	test('NIR born in Corsica, 2A and 2B in the department position', () => {
		expect(found('N° SS : 2 68 11 2B 931 632 94')).toEqual(['NIR:2 68 11 2B 931 632 94'])
		expect(found('N° SS : 198092A58242577')).toEqual(['NIR:198092A58242577'])
	})

	test('IBAN, French or foreign, grouped or not, without the BIC that follows', () => {
		expect(found('RIB : FR76 6207 0909 5141 9183 0825 620 BIC AGRIFRPP')).toEqual([
			'IBAN:FR76 6207 0909 5141 9183 0825 620',
		])
		expect(found('iban FR7636432224079671982714553')).toEqual(['IBAN:FR7636432224079671982714553'])
		expect(found('Compte allemand : DE97 4563 3959 5186 6622 25.')).toEqual(['IBAN:DE97 4563 3959 5186 6622 25'])
	})

	test('SIREN and SIRET', () => {
		expect(found('SIREN 316 910 496')).toEqual(['SIREN:316 910 496'])
		expect(found('SIRET : 593 400 583 60645 – APE 4332A')).toEqual(['SIRET:593 400 583 60645'])
		expect(found('Siret: 43125827660485')).toEqual(['SIRET:43125827660485'])
	})

	test('payment cards', () => {
		expect(found('Carte 4026 1938 1118 2158 refusée')).toEqual(['CARTE:4026 1938 1118 2158'])
		expect(found('carte 5137-9756-1627-5556')).toEqual(['CARTE:5137-9756-1627-5556'])
		expect(found('carte n° 5389575735955891')).toEqual(['CARTE:5389575735955891'])
		expect(found('Amex 3765 768647 12166')).toEqual(['CARTE:3765 768647 12166'])
	})

	test('numbers whose checksum fails are left alone', () => {
		expect(found('NIR 2 59 11 34 761 691 04')).toEqual([])
		expect(found('IBAN FR76 6207 0909 5141 9183 0825 621')).toEqual([])
		expect(found('SIREN 316 910 497, SIRET 593 400 583 60646')).toEqual([])
		expect(found('Carte 4026 1938 1118 2159')).toEqual([])
		expect(found('Commande 123456789, dossier 48213.')).toEqual([])
	})
})

describe('findPii: addresses and postcodes', () => {
	test('street addresses, with the postcode and city when they follow', () => {
		expect(found('J’habite au 12 bis rue des Lilas, 69003 Lyon.')).toEqual(['ADRESSE:12 bis rue des Lilas, 69003 Lyon'])
		expect(found('Je vis au 3, avenue Jean Jaurès depuis 2019.')).toEqual(['ADRESSE:3, avenue Jean Jaurès'])
		expect(found('Siège : 14 rue du 8 Mai 1945, 95100 Argenteuil')).toEqual([
			'ADRESSE:14 rue du 8 Mai 1945, 95100 Argenteuil',
		])
		for (const address of [
			'7 boulevard Voltaire',
			'2 allée des Peupliers',
			'5 impasse du Lavoir',
			'22 chemin de la Croix Blanche',
			'8 place de la République',
			'45 quai de la Fosse',
			'9 route de Lyon',
			'52 cours Lafayette',
			'3 chaussée de la Muette',
			'15 rue de l’Église',
		]) {
			expect(found(`Rendez-vous au ${address}, merci.`)).toEqual([`ADRESSE:${address}`])
		}
	})

	test('street words used as common words are not addresses', () => {
		expect(found('J’ai 2 cours de yoga et 3 places de cinéma par semaine.')).toEqual([])
	})

	test('postcodes only in a postal context', () => {
		expect(found('Je cherche autour de 59000 Lille.')).toEqual(['CODE_POSTAL:59000'])
		expect(found('CP : 13008')).toEqual(['CODE_POSTAL:13008'])
		expect(found('mon code postal est le 33000')).toEqual(['CODE_POSTAL:33000'])
		expect(found('J’habite à Brest (29200).')).toEqual(['CODE_POSTAL:29200'])
		expect(found('Domicile : 97200 Fort-de-France')).toEqual(['CODE_POSTAL:97200'])
	})

	test('five-digit numbers outside a postal context stay', () => {
		expect(found('Prime de 15000 Euros, 12000 stagiaires par an, code INSEE 75056.')).toEqual([])
		expect(found('Corse-du-Sud : 2A000 Ajaccio, département 2A.')).toEqual([])
	})
})

describe('findPii: dates of birth', () => {
	test('a full date after a birth context', () => {
		expect(found('Née le 12/03/1985 à Rennes')).toEqual(['DATE_NAISSANCE:12/03/1985'])
		expect(found('né(e) le 05.11.1983')).toEqual(['DATE_NAISSANCE:05.11.1983'])
		expect(found('Date de naissance : 12 mars 1985')).toEqual(['DATE_NAISSANCE:12 mars 1985'])
		expect(found('Date de naissance : 1er janvier 1992')).toEqual(['DATE_NAISSANCE:1er janvier 1992'])
		expect(found('DOB: 1990-06-21')).toEqual(['DATE_NAISSANCE:1990-06-21'])
		expect(found('Né à Lyon le 3 avril 1979')).toEqual(['DATE_NAISSANCE:3 avril 1979'])
	})

	test('a year, a partial date or a date without a birth context is left', () => {
		expect(found('Je suis né en 1985.')).toEqual([])
		expect(found('Mon fils est né le 12 mai.')).toEqual([])
		expect(found('Entretien le 12/03/2024 à 10 h.')).toEqual([])
	})
})

describe('findPii: person names', () => {
	test('first name from the lexicon and surname, in any usual writing', () => {
		expect(found('Cordialement,\nClaire Martin')).toEqual(['PERSONNE:Claire Martin'])
		expect(found('J’ai parlé à Jean-Pierre DUPONT hier.')).toEqual(['PERSONNE:Jean-Pierre DUPONT'])
		expect(found('GAUTHIER Nadia\nInfirmière')).toEqual(['PERSONNE:GAUTHIER Nadia'])
		expect(found('Merci à Helene Vasseur et Marie-Claire Le Goff.')).toEqual([
			'PERSONNE:Helene Vasseur',
			'PERSONNE:Marie-Claire Le Goff',
		])
	})

	test('names announced by the context, even outside the lexicon', () => {
		expect(found('Bonjour, je m’appelle Yasmina Kettani.')).toEqual(['PERSONNE:Yasmina Kettani'])
		expect(found('Madame Dubois, je vous remercie.')).toEqual(['PERSONNE:Dubois'])
		expect(found('Mon conseiller, M. Girard, m’a aidé.')).toEqual(['PERSONNE:Girard'])
		expect(found('Mme Le Goff a répondu.')).toEqual(['PERSONNE:Le Goff'])
		expect(found('Nom : LEBLANC\nPrénom : Mathieu')).toEqual(['PERSONNE:LEBLANC', 'PERSONNE:Mathieu'])
		expect(found('salut je m’appelle kevin')).toEqual(['PERSONNE:kevin'])
	})

	test('signature at the end of a letter', () => {
		expect(found('Je vous prie d’agréer mes salutations distinguées.\n\nOdile Kerbrat')).toEqual([
			'PERSONNE:Odile Kerbrat',
		])
		expect(found('Bien à vous,\nRomain')).toEqual(['PERSONNE:Romain'])
	})

	test('capitalised words that are not people stay', () => {
		for (const text of [
			'Claire et précise, ma lettre tient sur une page.',
			'Marine nationale, puis cybersécurité.',
			'Rose, bleu ou vert pour un CV ?',
			'Lundi, entretien à Lyon ; Mars 2019 : début de formation.',
			'Directrice Commerciale, puis Chef de Projet Digital.',
			'Madame, Monsieur,\nJe vous adresse ma candidature.',
			'Monsieur le Directeur, voici ma lettre.',
			'Vendeuse chez Yves Rocher puis chez Louis Vuitton.',
			'Bac au lycée Victor Hugo, BTS au collège Jean Jaurès.',
			'SIRET en cours – Menuiserie Arnaud',
			'Florence et Nancy sont deux villes où j’aimerais vivre.',
			'Bonjour Iris, pouvez-vous m’aider ?',
		]) {
			expect(found(text)).toEqual([])
		}
	})
})

describe('findPii: what is not personal', () => {
	test('salaries, employment dates, ROME codes, diplomas, experience, hours, cities', () => {
		for (const text of [
			'35 000 € brut annuel, soit 2 100 € nets par mois.',
			'De 2015 à 2020 chez Orange, depuis mars 2019 à Toulouse.',
			'Codes ROME M1805, J1506 et K2111.',
			'Bac+5, BTS SIO, master 2, licence pro.',
			'10 ans d’expérience, 35 heures par semaine, 39 h en 2018.',
			'Paris, Lyon, Marseille, Saint-Étienne ou Clermont-Ferrand.',
			'Poste à pourvoir le 01/09/2024, période d’essai de 2 mois.',
		]) {
			expect(found(text)).toEqual([])
		}
	})
})

describe('findPii: spans', () => {
	test('sorted, non-overlapping, with the value at the offsets', () => {
		const text = 'Claire Martin, 12 rue des Lilas, 69003 Lyon, 06 12 34 56 78, née le 14/02/1987'
		const spans = findPii(text)
		expect(spans.map((span) => span.type)).toEqual(['PERSONNE', 'ADRESSE', 'TELEPHONE', 'DATE_NAISSANCE'])
		for (const [index, span] of spans.entries()) {
			expect(text.slice(span.start, span.end)).toBe(span.value)
			if (index > 0) expect(span.start).toBeGreaterThanOrEqual((spans[index - 1] as { end: number }).end)
		}
	})

	test('the longest candidate wins: a SIRET is not also a SIREN, an IBAN hides the numbers inside it', () => {
		expect(typesIn('SIRET 593 400 583 60645')).toEqual(['SIRET'])
		expect(typesIn('IBAN FR76 6207 0909 5141 9183 0825 620')).toEqual(['IBAN'])
	})

	test('an empty text has nothing', () => {
		expect(findPii('')).toEqual([])
	})
})
