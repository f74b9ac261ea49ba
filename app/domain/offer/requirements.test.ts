import { describe, expect, test } from 'vitest'
import { requirementInLine } from './requirements.ts'

const at = (line: string, word: string) => requirementInLine(line, line.indexOf(word))

describe('requirementInLine', () => {
	test.each([
		['Permis B indispensable (déplacements fréquents)', 'Permis'],
		['Maîtrise de HTML5, CSS3, Git', 'Git'],
		['SQL requis.', 'SQL'],
		['Diplôme d’État d’infirmier exigé.', 'infirmier'],
		['CACES R489 catégories 1, 3 et 5 obligatoires.', 'CACES'],
		['3 ans d’expérience minimum en comptabilité générale', 'comptabilité'],
		['Connaissances de base en réseaux (TCP/IP, DNS, DHCP) indispensables ; la certification ITIL est un plus.', 'DNS'],
		['Strong knowledge of Node.js, TypeScript and PostgreSQL (required)', 'TypeScript'],
	])('must-have: %s', (line, word) => {
		expect(at(line, word)).toBe('must')
	})

	test.each([
		['La connaissance du logiciel NetSoins serait un plus.', 'NetSoins'],
		['Maîtrise du Pack Office ; la connaissance d’un SIRH (idéalement Cegid) est appréciée.', 'Cegid'],
		['Maîtrise du Pack Office ; la connaissance d’un SIRH (idéalement Cegid) est appréciée.', 'SIRH'],
		['L’anglais courant est apprécié (clientèle touristique).', 'anglais'],
		['Une expérience en gériatrie est souhaitée ; les jeunes diplômés sont les bienvenus.', 'gériatrie'],
		['Fluent English; French is a plus', 'French'],
		['La maîtrise des logiciels de CAO (SketchUp) est appréciée.', 'SketchUp'],
		['Experience with Kafka or event-driven architectures is a nice to have', 'Kafka'],
	])('nice-to-have: %s', (line, word) => {
		expect(at(line, word)).toBe('nice')
	})

	test('the nearest marker wins when one sentence holds both', () => {
		const line = 'L’anglais est indispensable (clientèle internationale), l’italien serait un atout.'
		expect(at(line, 'anglais')).toBe('must')
		expect(at(line, 'italien')).toBe('nice')
		const expertise = 'Expertise d’Excel indispensable (VBA apprécié), la certification TOSA expert est un plus'
		expect(at(expertise, 'Excel')).toBe('must')
		expect(at(expertise, 'VBA')).toBe('nice')
		expect(at(expertise, 'TOSA')).toBe('nice')
	})

	test('no marker, no verdict (the section decides)', () => {
		expect(at('Développer de nouvelles fonctionnalités en React et TypeScript', 'React')).toBeNull()
		expect(at('Entretien courant du logement et courses', 'logement')).toBeNull()
	})
})
