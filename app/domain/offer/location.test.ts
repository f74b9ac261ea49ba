import { describe, expect, test } from 'vitest'
import { parseLocation, parseRemote } from './location.ts'

describe('parseLocation', () => {
	test.each([
		[['CDI', 'Lyon 7e (hybride 2 j/semaine)'], 'Lyon 7e'],
		[['CDI', 'Paris 11ème'], 'Paris 11e'],
		[['Rennes (35)'], 'Rennes (35)'],
		[['CDI 35 h', 'Bordeaux Chartrons'], 'Bordeaux Chartrons'],
		[['Saint-Quentin-Fallavier (38)'], 'Saint-Quentin-Fallavier (38)'],
		[['Villeneuve-d’Ascq'], "Villeneuve-d'Ascq"],
		[['Rennes et Brest'], 'Rennes'],
		[['44000 Nantes'], 'Nantes (44)'],
		[['Marseille 13008'], 'Marseille 8e'],
		[['Le Mans (72)'], 'Le Mans (72)'],
		[['CHU de Lille', 'Lille (59)'], 'Lille (59)'],
	] as const)('heading %j → %s', (segments, place) => {
		expect(parseLocation([...segments], [])).toBe(place)
	})

	test('a labelled line, then a city named in the text', () => {
		expect(parseLocation([], ['Lieu de travail : Angers (49)'])).toBe('Angers (49)')
		expect(parseLocation([], ['Poste basé à Nantes, déplacements ponctuels'])).toBe('Nantes')
		expect(parseLocation([], ['Le CHU de Lille recrute'])).toBe('Lille')
	})

	test('a word that is also a city is not a place by itself', () => {
		expect(parseLocation(['CDI'], ['Nice to have: Kafka', 'Sens du service'])).toBeNull()
	})
})

describe('parseRemote', () => {
	test.each([
		['CDI — Lyon 7e (hybride 2 j/semaine)', 'hybride'],
		['2 jours de télétravail par semaine', 'hybride'],
		['Télétravail possible 1 jour par semaine après la période d’essai.', 'hybride'],
		['Senior Developer – Paris – Full remote', 'télétravail complet'],
		['Poste 100 % télétravail', 'télétravail complet'],
		['Pas de télétravail possible sur ce poste.', 'sur site'],
		['Boulanger — CDI — Bordeaux', null],
	] as const)('%s', (text, remote) => {
		expect(parseRemote(text)).toBe(remote)
	})
})
