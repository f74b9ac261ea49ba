// Reads a pasted job offer: title and ROME occupations, skills (required or
// welcome), diploma, experience, contract, place, remote work, pay, employer,
// language and keywords. Pure: the ROME index is built once by the caller.
// The occupations the title suggests are re-ranked with the words of the
// offer (occupation-context.ts), which settles ambiguous titles.
//
// Must-have or nice-to-have, for each mention of a skill:
// 1. the words around it decide when they say something (« exigé »,
//    « indispensable », « maîtrise de » / « apprécié », « un plus », « idéalement »);
// 2. otherwise its section does: the heading and the requirements (« Profil »)
//    make it required, « Les plus » or « vous apprendrez » make it welcome;
// 3. a skill named only in the missions is required when the requirements
//    name no required hard skill themselves (the missions are then the only
//    statement of the job), and welcome when they do (the requirements then
//    say what is really expected).
// A skill required in any mention is required. Company presentation and
// conditions (« Qui sommes-nous », « tickets restaurant ») are not read for skills.
import type { RomeIndex, SkillMention } from '#app/domain/rome/rome-index.ts'
import { contentTokens, tokenizeWithOffsets } from '#app/domain/rome/tokens.ts'
import { parseCompany } from './company.ts'
import { parseContract } from './contract.ts'
import { parseEducation } from './education.ts'
import { parseExperience } from './experience.ts'
import { offerKeywords } from './keywords.ts'
import { detectLanguage } from './language.ts'
import { parseLocation, parseRemote } from './location.ts'
import { rankOccupations } from './occupation-context.ts'
import { type Requirement, requirementInLine } from './requirements.ts'
import { parseSalary } from './salary.ts'
import { isBoilerplate, lineAt, type OfferLine, readSections, type SectionKind } from './sections.ts'
import { extractTitle, headingLine, headingSegments, isMetaSegment } from './title.ts'
import type { OfferAnalysis, OfferSkill, TextSpan } from './types.ts'

export function analyzeOffer(text: string, index: RomeIndex): OfferAnalysis {
	const lines = readSections(text)
	const header = lines.filter((line) => line.kind === 'header')
	const heading = headingLine(text)
	const segments = heading ? headingSegments(heading.line) : []
	const title = extractTitle(text)
	const contract = parseContract(lines.map((line) => ({ folded: line.folded, kind: line.kind })))
	const apprenticeship = contract.includes('alternance') || contract.includes('stage')

	const { hardSkills, softSkills } = readSkills(text, lines, index)

	const requirementLines = lines.filter((line) => !isBoilerplate(line.kind) && line.kind !== 'learning')
	const education = parseEducation(
		requirementLines.map((line) => ({ text: line.text, folded: line.folded, prepared: apprenticeship && line.kind === 'header' })),
	)
	const experience = parseExperience(
		requirementLines.map((line) => ({ text: line.text, folded: line.folded, profile: line.kind === 'profile' })),
	)

	const bodyLines = lines.filter((line) => line.kind !== 'header').map((line) => line.text)
	const headerSegments = [...segments.slice(1), ...header.slice(1).flatMap((line) => headingSegments(line.text.trim()))]
	const titleSegments = segments.filter((segment) => !isMetaSegment(segment))
	const presentation = lines.filter(
		(line) => line.kind === 'company' || (line.kind !== 'header' && line.paragraph <= firstBodyParagraph(lines)),
	)
	const titleSegment = titleSegments[0]
	const titleStart = heading && titleSegment ? heading.line.indexOf(titleSegment) : -1
	const titleRange =
		heading && titleSegment && titleStart >= 0
			? { start: heading.start + titleStart, end: heading.start + titleStart + titleSegment.length }
			: null

	return {
		title,
		company: parseCompany(
			presentation.map((line) => line.text),
			headerSegments.filter((segment) => !titleSegments.slice(0, 1).includes(segment)),
		),
		rome: title ? rankOccupations(index.matchTitle(title, 8), offerStems(text, lines), index).slice(0, 5) : [],
		hardSkills,
		softSkills,
		education,
		experience,
		experienceYears: experience ? experience.minYears : null,
		contract,
		location: parseLocation(headerSegments, bodyLines),
		remote: parseRemote(text),
		salary: parseSalary(lines.filter((line) => line.kind !== 'company').map((line) => line.text)),
		language: detectLanguage(text),
		keywords: offerKeywords({
			text,
			ranges: [
				...(titleRange ? [titleRange] : []),
				...lines
					.filter((line) => !isBoilerplate(line.kind) && line.kind !== 'header')
					.map((line) => ({ start: line.start, end: line.end })),
			],
			titleRange,
			hardSkills,
			softSkills,
		}),
	}
}

/** Content words of the missions and requirements, with their counts. */
function offerStems(text: string, lines: OfferLine[]): Map<string, number> {
	const counts = new Map<string, number>()
	const read = lines.filter((line) => !isBoilerplate(line.kind) && line.kind !== 'header')
	let line = 0
	// Tokens and lines both run in text order.
	for (const token of contentTokens(tokenizeWithOffsets(text))) {
		while (line < read.length && (read[line]?.end ?? 0) < token.end) line++
		const current = read[line]
		if (!current || token.start < current.start) continue
		if (token.word.length < 4 || /\d/.test(token.word)) continue
		counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1)
	}
	return counts
}

function firstBodyParagraph(lines: OfferLine[]): number {
	return lines.find((line) => line.kind !== 'header')?.paragraph ?? 0
}

type Reading = { mention: SkillMention; spans: { span: TextSpan; line: OfferLine; requirement: Requirement | null }[] }

function readSkills(text: string, lines: OfferLine[], index: RomeIndex): { hardSkills: OfferSkill[]; softSkills: OfferSkill[] } {
	const readings: Reading[] = []
	for (const mention of index.findSkills(text)) {
		const spans = mention.spans
			.map((span) => ({ span, line: lineAt(lines, span.start) }))
			.filter((item): item is { span: TextSpan; line: OfferLine } => item.line !== undefined && !isBoilerplate(item.line.kind))
			// The heading names the job: a ROME label read there (« Développement back-end ») is the job, not a skill asked for.
			.filter((item) => !(mention.source === 'rome' && item.line.kind === 'header'))
			.map(({ span, line }) => ({
				span,
				line,
				requirement: line.kind === 'header' ? null : requirementInLine(line.text, span.start - line.start, line.folded),
			}))
		if (spans.length > 0) readings.push({ mention, spans })
	}

	const stated = (kind: SectionKind, requirement: Requirement | null): Requirement | null => {
		if (requirement) return requirement
		if (kind === 'header' || kind === 'profile') return 'must'
		if (kind === 'bonus' || kind === 'learning') return 'nice'
		return null
	}
	const requirementsNameHardSkills = readings.some(
		(reading) =>
			reading.mention.kind === 'hard' &&
			reading.spans.some((item) => item.line.kind === 'profile' && stated('profile', item.requirement) === 'must'),
	)

	const toSkill = (reading: Reading): OfferSkill => {
		const { mention } = reading
		const missionsDefault: Requirement = mention.kind === 'hard' && !requirementsNameHardSkills ? 'must' : 'nice'
		const mustHave = reading.spans.some((item) => (stated(item.line.kind, item.requirement) ?? missionsDefault) === 'must')
		return {
			label: mention.label,
			key: mention.key,
			mustHave,
			...(mention.tool ? { tool: true } : {}),
			...(mention.romeCode ? { romeCode: mention.romeCode } : {}),
			source: mention.source,
			spans: reading.spans.map((item) => item.span),
		}
	}

	const byImportance = (a: OfferSkill, b: OfferSkill) =>
		Number(b.mustHave) - Number(a.mustHave) || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0)
	const hardSkills = readings
		.filter((reading) => reading.mention.kind === 'hard')
		.map(toSkill)
		.sort(byImportance)
	const softSkills = readings
		.filter((reading) => reading.mention.kind === 'soft')
		.map(toSkill)
		.sort(byImportance)
	return { hardSkills, softSkills }
}
