import { ButtonLink } from '#app/components/ui/button.tsx'
import { EmptyState, type EmptyStateItem } from '#app/components/ui/empty-state.tsx'
import {
	ArrowRightIcon,
	CvIcon,
	DownloadIcon,
	GaugeIcon,
	CompassIcon,
	PenIcon,
	TemplateIcon,
	UploadIcon,
	UserIcon,
} from '#app/components/ui/icons.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { StartTips } from '#app/components/start-tips.tsx'
import type { Route } from './+types/index'

export const meta: Route.MetaFunction = () => [
	{ title: 'Phoenix CV — Phoenix' },
	{
		name: 'description',
		content:
			'Un CV clair et structuré pour votre reconversion\u00a0: modèles lisibles par les logiciels de recrutement, export PDF et DOCX, import de votre CV existant.',
	},
]

const features: EmptyStateItem[] = [
	{
		icon: <PenIcon />,
		title: 'Un éditeur structuré',
		description:
			'Identité, titre, résumé, expériences, formations, compétences, langues, certifications\u00a0: rubrique par rubrique, avec l’aperçu en direct.',
		soon: true,
	},
	{
		icon: <TemplateIcon />,
		title: 'Des modèles lisibles par les ATS',
		description:
			'Une colonne, des intitulés de rubriques standard, du vrai texte\u00a0: les logiciels de recrutement lisent votre CV sans rien perdre.',
		soon: true,
	},
	{
		icon: <DownloadIcon />,
		title: 'Export PDF et Word',
		description: 'Un PDF au format A4 dont le texte reste sélectionnable, et un fichier DOCX que vous pouvez retoucher.',
		soon: true,
	},
	{
		icon: <UploadIcon />,
		title: 'Import de votre CV actuel',
		description:
			'Déposez votre CV en PDF\u00a0: expériences, formations et compétences sont repérées et rangées pour vous.',
		soon: true,
	},
	{
		icon: <GaugeIcon />,
		title: 'Analyse de votre CV',
		description:
			'Coordonnées, rubriques, dates, longueur\u00a0: ce qui se lit bien et ce qui peut gêner, expliqué simplement.',
		soon: true,
	},
	{
		icon: <CompassIcon />,
		title: 'Conseils par secteur',
		description: 'Les mots et les compétences attendus dans le métier que vous visez, d’après le répertoire ROME.',
		soon: true,
	},
]

const tips = [
	'Retrouvez votre dernier CV, même ancien, en PDF ou en Word\u00a0: vous n’aurez pas à tout ressaisir.',
	'Rassemblez les dates et les intitulés exacts de vos postes, formations et certifications.',
	'Repérez deux ou trois offres de votre futur métier. Les mots qui reviennent souvent guideront votre CV.',
]

export default function CvPage() {
	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
			<PageHeader
				icon={<CvIcon className="size-7" />}
				eyebrow="CV et lisibilité par les logiciels de recrutement"
				title="Phoenix CV"
				description="Un CV clair, tourné vers votre nouveau métier, que les recruteurs comme leurs logiciels lisent sans peine."
			/>
			<div className="mt-10 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
				<EmptyState
					icon={<UserIcon className="size-7" />}
					title="Votre premier pas&nbsp;: complétez votre profil"
					description={
						<p>
							Votre nom, votre métier actuel et votre métier visé seront repris dans votre CV et guideront les
							conseils qui vous seront proposés. Vous les saisissez une fois, dans votre compte, pour tous les
							outils Phoenix.
						</p>
					}
					action={
						<ButtonLink to="/compte">
							Compléter mon profil
							<ArrowRightIcon className="size-5" />
						</ButtonLink>
					}
					itemsTitle="Ce que Phoenix CV fera pour vous"
					items={features}
				/>
				<StartTips
					id="cv-tips-title"
					tips={tips}
					freePlan={<>1&nbsp;CV avec les modèles de base et un score de lisibilité. Premium (9,99&nbsp;€/mois) ouvre les CV illimités, tous les modèles et l’analyse complète.</>}
				/>
			</div>
		</div>
	)
}
