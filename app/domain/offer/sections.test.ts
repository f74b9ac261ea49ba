import { describe, expect, test } from 'vitest'
import { readSections, type SectionKind } from './sections.ts'

const kindOf = (text: string, fragment: string): SectionKind | undefined =>
	readSections(text).find((line) => line.text.includes(fragment))?.kind

describe('readSections', () => {
	const headed = [
		'Développeur web (H/F) — CDI — Lyon',
		'',
		'Qui sommes-nous ?',
		'Santéo conçoit des outils pour les centres de soins infirmiers : planning, transmissions.',
		'',
		'Vos missions',
		'- Développer en React',
		'',
		'Profil recherché',
		'- Maîtrise de Git',
		'',
		'Les plus',
		'- Une connaissance de Figma',
		'',
		'Informations',
		'Salaire : 34 000 € brut annuel. Tickets restaurant.',
	].join('\n')

	test('headings give their kind to the lines below', () => {
		expect(kindOf(headed, 'Développeur web')).toBe('header')
		expect(kindOf(headed, 'Santéo')).toBe('company')
		expect(kindOf(headed, 'React')).toBe('missions')
		expect(kindOf(headed, 'Git')).toBe('profile')
		expect(kindOf(headed, 'Figma')).toBe('bonus')
		expect(kindOf(headed, 'Tickets')).toBe('benefits')
	})

	test('a heading and its content on one line (« Profil : … », « Rémunération : … »)', () => {
		const text = 'Serveur\n\nMissions : service en salle.\nProfil : anglais exigé.\nRémunération : 1 900 € brut.'
		expect(kindOf(text, 'service en salle')).toBe('missions')
		expect(kindOf(text, 'anglais')).toBe('profile')
		expect(kindOf(text, '1 900')).toBe('benefits')
	})

	test('English headings', () => {
		const text =
			'Backend Developer\n\nAbout us\nWe build things.\n\nWhat you will do\n- Build APIs\n\nWhat we are looking for\n- Go\n\nWhat we offer\nStock options'
		expect(kindOf(text, 'We build')).toBe('company')
		expect(kindOf(text, 'Build APIs')).toBe('missions')
		expect(kindOf(text, '- Go')).toBe('profile')
		expect(kindOf(text, 'Stock options')).toBe('benefits')
	})

	test('an offer in prose is read paragraph by paragraph', () => {
		const text = [
			'Hôte de caisse – CDD – Lille',
			'',
			'Hypermarché Grand Nord recrute des hôtes de caisse pour les week-ends.',
			'',
			'Vous assurez l’encaissement des clients et le contrôle de votre fond de caisse.',
			'',
			'Aucune expérience n’est requise. Vous êtes souriant(e) et rigoureux(se).',
			'',
			'CDD de 4 mois, 12 h par semaine, salaire au SMIC.',
		].join('\n')
		expect(kindOf(text, 'Hypermarché')).toBe('company')
		expect(kindOf(text, 'encaissement')).toBe('missions')
		expect(kindOf(text, 'souriant')).toBe('profile')
		expect(kindOf(text, 'CDD de 4 mois')).toBe('benefits')
	})

	test('a line ending with a colon announces what follows (« vous apprendrez à : »)', () => {
		const text =
			'Apprenti cuisinier\n\nLe bistrot accueille un apprenti.\n\nAux côtés du chef, vous apprendrez à :\n- tailler les légumes\n\nAucune expérience requise, vous êtes motivé.'
		expect(kindOf(text, 'tailler')).toBe('learning')
		expect(kindOf(text, 'motivé')).toBe('profile')
	})
})
