import { describe, expect, test } from 'vitest'
import { parseCsv, parseCsvWithHeader } from './csv.ts'

describe('parseCsv', () => {
	test('reads plain and quoted fields', () => {
		expect(parseCsv('a,b,c\n1,"2",3\n')).toEqual([
			['a', 'b', 'c'],
			['1', '2', '3'],
		])
	})

	test('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
		const text = '"code","libelle"\n"1","Chef, cuisinier"\n"2","Le ""grand"" métier"\n"3","ligne 1\nligne 2\r\nligne 3"\n'
		expect(parseCsv(text)).toEqual([
			['code', 'libelle'],
			['1', 'Chef, cuisinier'],
			['2', 'Le "grand" métier'],
			['3', 'ligne 1\nligne 2\r\nligne 3'],
		])
	})

	test('accepts CRLF, a missing final line break and a byte order mark', () => {
		expect(parseCsv('\uFEFFa,b\r\n1,2\r\n3,4')).toEqual([
			['a', 'b'],
			['1', '2'],
			['3', '4'],
		])
	})

	test('skips blank lines but keeps empty fields and empty quoted fields', () => {
		expect(parseCsv('a,b\n\n1,\n\r\n,""\n\n\n""\n')).toEqual([['a', 'b'], ['1', ''], ['', ''], ['']])
	})

	test('treats a quote inside an unquoted field as a plain character', () => {
		expect(parseCsv('5" pouces,x\n')).toEqual([['5" pouces', 'x']])
	})

	test('rejects an unterminated quoted field', () => {
		expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/)
	})

	test('returns nothing for an empty text', () => {
		expect(parseCsv('')).toEqual([])
		expect(parseCsv('\n\n')).toEqual([])
	})
})

describe('parseCsvWithHeader', () => {
	test('maps the requested columns by header name, in any order', () => {
		const rows = parseCsvWithHeader('"x","code","label"\n"1","A1101","Conducteur, agricole"\n', ['label', 'code'])
		expect(rows).toEqual([{ label: 'Conducteur, agricole', code: 'A1101' }])
	})

	test('names a missing column', () => {
		expect(() => parseCsvWithHeader('a,b\n1,2\n', ['c'])).toThrow(/column "c" is missing/)
	})

	test('rejects a record whose width differs from the header', () => {
		expect(() => parseCsvWithHeader('a,b\n1,2\n3\n', ['a'])).toThrow(/record 3 has 1 fields/)
	})
})
