import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { offer } from '#app/domain/coach/letters.test-support.ts'
import { cvFromJsonResume } from '#app/domain/cv/json-resume.ts'
import { cvFromText } from '#app/domain/cv/text.ts'
import type { Cv } from '#app/domain/cv/types.ts'
import type { MatchReport } from '#app/domain/match/types.ts'
import { buildLetterBrief } from './brief.ts'

const samples = path.join(import.meta.dirname, '../../../samples')
const read = (file: string) => readFileSync(path.join(samples, file), 'utf8')

const match: MatchReport = {
	score: 60,
	cap: null,
	categories: [],
	found: [],
	missing: [],
	missingMustHaves: [],
	transferable: [],
	summary: '',
}

function candidate(cv: Cv, now: Date) {
	const sources = { offer: offer({}), match, cv, jobTitle: 'Boulanger', company: null, now }
	return buildLetterBrief(sources, { tone: 'formel', length: 'standard' }).candidate
}

describe('the former job in the letter brief', () => {
	test('counts its years as the CV does: « 2004 – 2025 » is the 22 years Thomas writes, his internship is not a former job', () => {
		const thomas = cvFromText(read('cvs/thomas-banque-vers-boulanger.txt'))
		expect(candidate(thomas, new Date('2026-11-22'))).toMatchObject({ formerJob: 'Conseiller clientèle particuliers', formerYears: 22 })
	})

	test('a job still held runs until the day the letter is written, not the day the code runs', () => {
		const karim = cvFromJsonResume(read('cvs/karim-manager-vers-rh.json'))
		expect(candidate(karim, new Date('2026-11-22'))).toMatchObject({ formerJob: 'Manager de rayon frais', formerYears: 11 })
		expect(candidate(karim, new Date('2019-03-01'))).toMatchObject({ formerJob: 'Employé puis adjoint chef de rayon', formerYears: 7 })
	})
})
