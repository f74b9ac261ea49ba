// The whole curated lexicon, in the order matches are preferred when two
// entries read the same words.
import { certifications, spokenLanguages } from './certifications.ts'
import {
	bankingSkills,
	beautySkills,
	buildingShellSkills,
	carRepairSkills,
	cleaningSkills,
	designSkills,
	logisticsSkills,
	salesSkills,
	securitySkills,
	socialWorkSkills,
} from './services.ts'
import { softSkills } from './soft-skills.ts'
import { businessSoftware, itSupport, machines, officeSoftware, softwareDevelopment } from './tools.ts'
import {
	buildingSkills,
	careSkills,
	financeSkills,
	foodSkills,
	hospitalitySkills,
	officeSkills,
	retailSkills,
	transportSkills,
} from './trades.ts'
import type { CuratedSkill } from './types.ts'

export type { CuratedSkill } from './types.ts'

export const curatedSkills: readonly CuratedSkill[] = [
	...softwareDevelopment,
	...itSupport,
	...officeSoftware,
	...businessSoftware,
	...machines,
	...certifications,
	...spokenLanguages,
	...careSkills,
	...foodSkills,
	...hospitalitySkills,
	...retailSkills,
	...buildingSkills,
	...officeSkills,
	...financeSkills,
	...transportSkills,
	...beautySkills,
	...carRepairSkills,
	...logisticsSkills,
	...socialWorkSkills,
	...designSkills,
	...salesSkills,
	...securitySkills,
	...cleaningSkills,
	...bankingSkills,
	...buildingShellSkills,
	...softSkills,
]
