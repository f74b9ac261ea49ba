import { describe, expect, test } from 'vitest'
import { isCardValid, isIbanValid, isLuhnValid, isNirValid, isSirenValid, isSiretValid, nirKey } from './validators.ts'

describe('isLuhnValid', () => {
	test('accepts numbers whose Luhn sum is a multiple of ten', () => {
		expect(isLuhnValid('4111111111111111')).toBe(true)
		expect(isLuhnValid('79927398713')).toBe(true)
		expect(isLuhnValid('0')).toBe(true)
	})

	test('rejects a changed digit and anything that is not only digits', () => {
		expect(isLuhnValid('4111111111111112')).toBe(false)
		expect(isLuhnValid('79927398710')).toBe(false)
		expect(isLuhnValid('4111 1111 1111 1111')).toBe(false)
		expect(isLuhnValid('')).toBe(false)
	})
})

describe('isIbanValid', () => {
	test('accepts French and foreign IBANs, with or without spaces, in any case', () => {
		expect(isIbanValid('FR76 3000 6000 0112 3456 7890 189')).toBe(true)
		expect(isIbanValid('FR7630006000011234567890189')).toBe(true)
		expect(isIbanValid('fr76 3000 6000 0112 3456 7890 189')).toBe(true)
		expect(isIbanValid('DE89 3704 0044 0532 0130 00')).toBe(true)
		expect(isIbanValid('GB82 WEST 1234 5698 7654 32')).toBe(true)
	})

	test('rejects a wrong check, a wrong length for the country and non-IBAN text', () => {
		expect(isIbanValid('FR76 3000 6000 0112 3456 7890 180')).toBe(false)
		expect(isIbanValid('FR76 3000 6000 0112 3456 7890 18')).toBe(false)
		expect(isIbanValid('DE89 3704 0044 0532 0130 01')).toBe(false)
		expect(isIbanValid('M1805')).toBe(false)
	})
})

describe('NIR', () => {
	test('the key is 97 minus the 13-digit body modulo 97', () => {
		expect(nirKey('1850375123456')).toBe('41')
		expect(nirKey('2960569123789')).toBe('89')
	})

	test('Corsica counts 2A as 19 and 2B as 18 for the key', () => {
		expect(nirKey('185032A123456')).toBe(nirKey('1850319123456'))
		expect(nirKey('185032B123456')).toBe(nirKey('1850318123456'))
		expect(isNirValid('1 85 03 2A 123 456 01')).toBe(true)
		expect(isNirValid('1 85 03 2B 123 456 28')).toBe(true)
		expect(isNirValid('1 85 03 2b 123 456 28')).toBe(true)
	})

	test('accepts a valid NIR written with or without spaces', () => {
		expect(isNirValid('1 85 03 75 123 456 41')).toBe(true)
		expect(isNirValid('185037512345641')).toBe(true)
		expect(isNirValid('2 96 05 69 123 789 89')).toBe(true)
	})

	test('rejects a wrong key, an impossible sex or month, and a 2A key computed without substitution', () => {
		expect(isNirValid('1 85 03 75 123 456 42')).toBe(false)
		expect(isNirValid('5 85 03 75 123 456 41')).toBe(false)
		expect(isNirValid('1 85 13 75 123 456 41')).toBe(false)
		expect(isNirValid('1 85 03 2A 123 456 41')).toBe(false)
		expect(isNirValid('1 85 03 75 123 456')).toBe(false)
	})
})

describe('SIREN and SIRET', () => {
	test('SIREN: nine digits with a Luhn check', () => {
		expect(isSirenValid('732 829 320')).toBe(true)
		expect(isSirenValid('732829320')).toBe(true)
		expect(isSirenValid('732 829 321')).toBe(false)
		expect(isSirenValid('73282932')).toBe(false)
	})

	test('SIRET: fourteen digits with a Luhn check', () => {
		expect(isSiretValid('732 829 320 00074')).toBe(true)
		expect(isSiretValid('73282932000074')).toBe(true)
		expect(isSiretValid('732 829 320 00075')).toBe(false)
	})

	test('La Poste establishments follow the sum-of-digits rule instead of Luhn', () => {
		expect(isLuhnValid('35600000049837')).toBe(false)
		expect(isSiretValid('35600000049837')).toBe(true)
		expect(isSiretValid('35600000049838')).toBe(false)
		expect(isSiretValid('35600000000048')).toBe(true)
	})
})

describe('isCardValid', () => {
	test('accepts Visa, Mastercard and American Express test numbers', () => {
		expect(isCardValid('4111 1111 1111 1111')).toBe(true)
		expect(isCardValid('5555-5555-5555-4444')).toBe(true)
		expect(isCardValid('3782 822463 10005')).toBe(true)
	})

	test('rejects a failed Luhn check, an unknown issuer digit and a wrong length', () => {
		expect(isCardValid('4111 1111 1111 1112')).toBe(false)
		expect(isCardValid('0000 0000 0000 0000')).toBe(false)
		expect(isCardValid('4111 1111 11')).toBe(false)
	})
})
