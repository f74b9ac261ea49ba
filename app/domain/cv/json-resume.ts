// JSON Resume (jsonresume.org) in and out. Exports from CV builders are often
// partial or a little off the schema (a number for a year, a missing
// keyword list), so every field is optional and scalars are read leniently;
// only the shape of the document itself (sections that are lists of
// objects) is enforced, which is what tells a CV from any other JSON file.
import { z } from 'zod'
import { normalizeText } from '#shared/ai/offline/text.ts'
import { isoDate } from './text.ts'
import type { Cv, CvEducation, CvExperience, CvSkillGroup } from './types.ts'

/** A file or value that is not a JSON Resume, with a message the person can act on. */
export class CvImportError extends Error {
	override name = 'CvImportError'
}

function textOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value)
	if (typeof value !== 'string') return undefined
	const trimmed = value.trim()
	return trimmed || undefined
}

const text = z.unknown().optional().transform(textOf)
const textList = z
	.unknown()
	.optional()
	.transform((value): string[] => {
		if (typeof value === 'string') return textOf(value) ? [value.trim()] : []
		if (!Array.isArray(value)) return []
		return value.map(textOf).filter((item): item is string => item !== undefined)
	})

const sectionOf = <Item extends z.ZodType>(item: Item) => z.array(item).nullish()

const locationSchema = z.union([
	z.object({ city: text, address: text, region: text, postalCode: text, countryCode: text }),
	z.string().transform((city) => ({ city: textOf(city), address: undefined })),
])

const jsonResumeSchema = z.object({
	basics: z
		.object({
			name: text,
			label: text,
			email: text,
			phone: text,
			url: text,
			summary: text,
			location: locationSchema.nullish().catch(undefined),
		})
		.nullish(),
	work: sectionOf(
		z.object({
			name: text,
			company: text,
			position: text,
			location: text,
			startDate: text,
			endDate: text,
			summary: text,
			description: text,
			highlights: textList,
		}),
	),
	volunteer: sectionOf(
		z.object({ organization: text, position: text, startDate: text, endDate: text, summary: text, highlights: textList }),
	),
	projects: sectionOf(
		z.object({
			name: text,
			description: text,
			entity: text,
			startDate: text,
			endDate: text,
			highlights: textList,
			keywords: textList,
			roles: textList,
		}),
	),
	education: sectionOf(
		z.object({ institution: text, area: text, studyType: text, startDate: text, endDate: text, score: text, courses: textList }),
	),
	certificates: sectionOf(z.object({ name: text, date: text, issuer: text })),
	awards: sectionOf(z.object({ title: text, date: text, awarder: text })),
	skills: sectionOf(z.object({ name: text, level: text, keywords: textList })),
	languages: sectionOf(z.object({ language: text, fluency: text })),
	interests: sectionOf(z.object({ name: text, keywords: textList })),
})

type JsonResumeInput = z.output<typeof jsonResumeSchema>

const sectionNames: Record<string, string> = {
	basics: '« basics » (identité)',
	work: '« work » (expériences)',
	volunteer: '« volunteer » (bénévolat)',
	projects: '« projects » (projets)',
	education: '« education » (formation)',
	certificates: '« certificates » (certifications)',
	awards: '« awards » (distinctions)',
	skills: '« skills » (compétences)',
	languages: '« languages » (langues)',
	interests: '« interests » (centres d’intérêt)',
}

function importErrorOf(error: z.ZodError): CvImportError {
	const issue = error.issues[0]
	const [section, position] = issue?.path ?? []
	const name = sectionNames[String(section)] ?? `« ${String(section)} »`
	if (typeof position === 'number') {
		return new CvImportError(
			`L’élément n°\u00A0${position + 1} de la rubrique ${name} n’est pas lisible\u00A0: chaque élément doit être un objet JSON Resume.`,
		)
	}
	const expected = section === 'basics' ? 'un objet' : 'une liste'
	return new CvImportError(`La rubrique ${name} devrait être ${expected}\u00A0: ce fichier ne suit pas le format JSON Resume.`)
}

// Studies are « studyType » + « area » in JSON Resume, but French exports put
// the diploma in either: « BTS MUC » / « Commerce », or « Bootcamp » / « Développeur Web (titre RNCP) ».
const diplomaWord =
	/\b(?:cap|bep|bac|baccalaureat|bts|dut|but|deug|deust|licence|bachelor|master|mastere|mba|doctorat|phd|ingenieur|diplome|titre|certificat|rncp|bp|cqp|dipl|dea|dess|brevet)\b/

function isDiploma(value: string | undefined): boolean {
	return value !== undefined && diplomaWord.test(normalizeText(value))
}

function educationOf(item: NonNullable<JsonResumeInput['education']>[number]): CvEducation | undefined {
	const { studyType, area, institution } = item
	let title: string | undefined
	let rest: string | undefined
	if (studyType && isDiploma(studyType)) {
		// A bare level (« Master », « BTS ») takes its speciality from the area.
		const bare = studyType.split(/\s+/).length <= 2 && area && !isDiploma(area)
		title = bare ? `${studyType} ${area}` : studyType
		rest = bare ? undefined : area
	} else if (area && isDiploma(area)) {
		title = area
		rest = studyType
	} else {
		title = [studyType, area].filter(Boolean).join(' — ') || undefined
	}
	const courses = item.courses.length ? item.courses.join(', ') : undefined
	title ??= institution
	if (!title) return undefined
	return clean({
		title,
		institution: title === institution ? undefined : institution,
		area: [rest, courses].filter(Boolean).join(' — ') || undefined,
		startDate: isoDate(item.startDate),
		endDate: isoDate(item.endDate),
	})
}

function clean<T extends object>(value: T): T {
	for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key]
	return value
}

const knownSections = Object.keys(sectionNames)

/**
 * A CV from a JSON Resume document (the parsed object, or its text). Missing
 * fields are fine; anything that is not a JSON Resume throws a CvImportError
 * whose message says what is wrong, in French.
 */
export function cvFromJsonResume(json: unknown): Cv {
	let value = json
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value)
		} catch {
			throw new CvImportError('Ce fichier n’est pas du JSON valide. Exportez votre CV au format JSON Resume, ou collez-en le texte.')
		}
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value) || !knownSections.some((key) => key in value)) {
		throw new CvImportError(
			'Ce fichier ne ressemble pas à un CV au format JSON Resume\u00A0: il n’a ni « basics », ni « work », ni « education », ni « skills ». ' +
				'Importez un export JSON Resume, ou collez le texte de votre CV.',
		)
	}
	const parsed = jsonResumeSchema.safeParse(value)
	if (!parsed.success) throw importErrorOf(parsed.error)
	const resume = parsed.data
	const basics = resume.basics ?? undefined

	const experiences: CvExperience[] = []
	for (const work of resume.work ?? []) {
		const position = work.position ?? work.name ?? work.company
		if (!position) continue
		const organization = work.name ?? work.company
		experiences.push(
			clean({
				position,
				organization: organization === position ? undefined : organization,
				startDate: isoDate(work.startDate),
				endDate: isoDate(work.endDate),
				summary: work.summary ?? work.description,
				highlights: work.highlights,
			}),
		)
	}
	for (const volunteer of resume.volunteer ?? []) {
		const position = volunteer.position ?? volunteer.organization
		if (!position) continue
		experiences.push(
			clean({
				position,
				organization: volunteer.organization === position ? undefined : volunteer.organization,
				startDate: isoDate(volunteer.startDate),
				endDate: isoDate(volunteer.endDate),
				summary: volunteer.summary,
				highlights: volunteer.highlights,
			}),
		)
	}
	for (const project of resume.projects ?? []) {
		if (!project.name) continue
		experiences.push(
			clean({
				position: project.roles.length ? `${project.roles.join(', ')} — ${project.name}` : project.name,
				organization: project.entity ?? 'Projet',
				startDate: isoDate(project.startDate),
				endDate: isoDate(project.endDate),
				summary: project.description,
				highlights: [...project.highlights, ...(project.keywords.length ? [project.keywords.join(', ')] : [])],
			}),
		)
	}

	const skills: CvSkillGroup[] = (resume.skills ?? [])
		.map((skill) => clean({ name: skill.name, keywords: skill.keywords.length ? skill.keywords : skill.name ? [skill.name] : [] }))
		.filter((group) => group.keywords.length > 0)
		.map((group) => (group.keywords.length === 1 && group.keywords[0] === group.name ? { keywords: group.keywords } : group))

	return clean({
		name: basics?.name,
		headline: basics?.label,
		summary: basics?.summary,
		email: basics?.email,
		phone: basics?.phone,
		city: basics?.location?.city,
		experiences,
		education: (resume.education ?? []).map(educationOf).filter((item): item is CvEducation => item !== undefined),
		skills,
		languages: (resume.languages ?? []).flatMap((language) =>
			language.language ? [clean({ language: language.language, fluency: language.fluency })] : [],
		),
		certifications: [
			...(resume.certificates ?? []).flatMap((certificate) => (certificate.name ? [certificate.name] : [])),
			...(resume.awards ?? []).flatMap((award) => (award.title ? [award.title] : [])),
		],
		interests: (resume.interests ?? []).flatMap((interest) => {
			if (!interest.name) return interest.keywords
			return [interest.keywords.length ? `${interest.name} (${interest.keywords.join(', ')})` : interest.name]
		}),
		source: 'json_resume' as const,
	})
}

export type JsonResume = {
	basics: {
		name?: string
		label?: string
		email?: string
		phone?: string
		summary?: string
		location?: { city: string }
	}
	work: { name?: string; position: string; startDate?: string; endDate?: string; summary?: string; highlights: string[] }[]
	education: { institution?: string; area?: string; studyType: string; startDate?: string; endDate?: string }[]
	skills: { name?: string; keywords: string[] }[]
	languages: { language: string; fluency?: string }[]
	certificates: { name: string }[]
	interests: { name: string }[]
}

/** A CV as a JSON Resume document (for export, and for the CV product's JSON download). */
export function cvToJsonResume(cv: Cv): JsonResume {
	return {
		basics: clean({
			name: cv.name,
			label: cv.headline,
			email: cv.email,
			phone: cv.phone,
			summary: cv.summary,
			location: cv.city ? { city: cv.city } : undefined,
		}),
		work: cv.experiences.map((experience) =>
			clean({
				name: experience.organization,
				position: experience.position,
				startDate: experience.startDate,
				endDate: experience.endDate,
				summary: experience.summary,
				highlights: [...experience.highlights],
			}),
		),
		education: cv.education.map((education) =>
			clean({
				institution: education.institution,
				area: education.area,
				studyType: education.title,
				startDate: education.startDate,
				endDate: education.endDate,
			}),
		),
		skills: cv.skills.map((group) => clean({ name: group.name, keywords: [...group.keywords] })),
		languages: cv.languages.map((language) => clean({ language: language.language, fluency: language.fluency })),
		certificates: cv.certifications.map((name) => ({ name })),
		interests: cv.interests.map((name) => ({ name })),
	}
}
