import { describe, expect, test } from 'vitest'
import { coachLetter } from './coach.ts'
import { goodLetter } from './letters.test-support.ts'

const sentence = 'J’ai coordonné les soins de douze patients chaque jour avec une équipe de six personnes.'
const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence).join(' ')
const lengthFindings = (text: string) => coachLetter(text, { careerChange: false }).findings.filter((finding) => finding.check === 'length')

describe('length', () => {
	test('under 150 words is important, under 200 a piece of advice', () => {
		const short = lengthFindings([paragraph(2), paragraph(2), paragraph(2)].join('\n\n'))
		expect(short.find((finding) => finding.rule === 'length.trop-courte')?.severity).toBe('important')
		const almost = lengthFindings([paragraph(4), paragraph(4), paragraph(3)].join('\n\n'))
		expect(almost.find((finding) => finding.rule === 'length.trop-courte')?.severity).toBe('conseil')
	})

	test('over 400 words is advice, over 500 important', () => {
		const long = lengthFindings([paragraph(10), paragraph(10), paragraph(10)].join('\n\n'))
		expect(long.find((finding) => finding.rule === 'length.trop-longue')?.severity).toBe('conseil')
		const tooLong = lengthFindings([paragraph(12), paragraph(12), paragraph(12)].join('\n\n'))
		expect(tooLong.find((finding) => finding.rule === 'length.trop-longue')?.severity).toBe('important')
	})

	test('paragraphs: one block of text is flagged, six are too many, headers and signatures do not count', () => {
		expect(lengthFindings(paragraph(16)).map((finding) => finding.rule)).toEqual(['length.paragraphes'])
		const six = Array.from({ length: 6 }, () => paragraph(3)).join('\n\n')
		expect(lengthFindings(six).find((finding) => finding.rule === 'length.paragraphes')?.title).toBe('Trop de paragraphes')
		expect(lengthFindings(goodLetter)).toEqual([])
	})

	test('a letter typed with single line breaks has one paragraph per line', () => {
		expect(lengthFindings([paragraph(5), paragraph(5), paragraph(5)].join('\n'))).toEqual([])
	})

	test('a sentence over 40 words is pointed at', () => {
		const long =
			'Pendant neuf ans comme infirmière en médecine interne, j’ai coordonné les transmissions entre les équipes de jour et de nuit, formé vingt collègues au dossier de soins informatisé, accueilli quinze étudiants et géré les urgences du service avec calme, méthode et beaucoup d’écoute.'
		const text = [paragraph(4), `${paragraph(2)} ${long}`, paragraph(4)].join('\n\n')
		const finding = lengthFindings(text).find((candidate) => candidate.rule === 'length.phrase-longue')
		expect(finding?.start).toBe(text.indexOf(long))
		expect(finding?.excerpt).toBe(long)
		expect(finding?.rewritable).toBe(true)
	})
})
