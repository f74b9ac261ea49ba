// A person's CV in the shape the domain reasons over. Built from a JSON Resume
// or from plain text (a CV pasted, or the text layer of a PDF); the CV product
// edits the same shape.

export type CvExperience = {
	position: string
	organization?: string
	/** ISO month or year (« 2015-09 », « 2004 »); absent end = ongoing. */
	startDate?: string
	endDate?: string
	summary?: string
	highlights: string[]
}

export type CvEducation = {
	/** Diploma or title as written (« CAP Boulanger », « Diplôme d'État d'infirmier »). */
	title: string
	institution?: string
	area?: string
	startDate?: string
	endDate?: string
}

export type CvSkillGroup = { name?: string; keywords: string[] }

export type Cv = {
	name?: string
	/** The headline (JSON Resume basics.label). */
	headline?: string
	summary?: string
	email?: string
	phone?: string
	city?: string
	experiences: CvExperience[]
	education: CvEducation[]
	skills: CvSkillGroup[]
	languages: { language: string; fluency?: string }[]
	certifications: string[]
	interests: string[]
	/** Where it came from. */
	source: 'json_resume' | 'text'
}
