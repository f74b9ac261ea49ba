import { Form, Link, useNavigation } from 'react-router'
import { Badge } from '#app/components/ui/badge.tsx'
import { Button, ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { formatDateTime } from '#app/components/ui/format.ts'
import type { LetterOrigin, LetterVersion } from '#app/server/letters.server.ts'
import { ExportLinks } from './letter-editor.tsx'
import { originLabels, providerLabels } from './letter-schema.ts'

export type VersionSummary = {
	id: string
	origin: LetterOrigin
	provider: 'gemini' | 'offline' | null
	createdAt: string
	words: number
}

function versionDetails(version: VersionSummary) {
	return [version.provider ? providerLabels[version.provider] : null, `${version.words}\u00a0mot${version.words > 1 ? 's' : ''}`]
		.filter(Boolean)
		.join(' · ')
}

function RestoreForm({ versionId, actionUrl, size = 'sm' }: { versionId: string; actionUrl: string; size?: 'sm' | 'md' }) {
	const navigation = useNavigation()
	const restoring = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'restore' && navigation.formData.get('versionId') === versionId
	return (
		<Form method="post" action={actionUrl}>
			<input type="hidden" name="intent" value="restore" />
			<input type="hidden" name="versionId" value={versionId} />
			<Button type="submit" variant="secondary" size={size} disabled={restoring}>
				{restoring ? 'Restauration…' : 'Restaurer'}
			</Button>
		</Form>
	)
}

/** Every saved version, newest first: what it came from, when, and the way back to it. */
export function LetterVersions({
	versions,
	viewingId,
	actionUrl,
}: {
	versions: VersionSummary[]
	viewingId: string | null
	actionUrl: string
}) {
	return (
		<Card as="section" aria-labelledby="letter-versions-title" padding="md">
			<h2 id="letter-versions-title" className="text-lg font-semibold text-stone-900">
				Historique des versions
			</h2>
			<p className="mt-1 text-sm text-stone-600">Chaque enregistrement garde une version. Restaurer n’efface rien.</p>
			<ol className="mt-4 flex flex-col divide-y divide-stone-200">
				{versions.map((version, index) => (
					<li key={version.id} className={cx('flex flex-col gap-2 py-3', version.id === viewingId && 'rounded-lg bg-ember-50/60 px-2')}>
						<div className="flex flex-wrap items-center gap-2">
							<span className="font-medium text-stone-900">{originLabels[version.origin]}</span>
							{index === 0 ? <Badge tone="success">Version actuelle</Badge> : null}
							{version.id === viewingId ? <Badge tone="accent">Affichée</Badge> : null}
						</div>
						<p className="text-sm text-stone-600">
							<time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
							<br />
							{versionDetails(version)}
						</p>
						{index > 0 ? (
							<div className="flex flex-wrap gap-2">
								<ButtonLink
									to={`?version=${version.id}#letter-version-view-title`}
									preventScrollReset
									variant="ghost"
									size="sm"
									aria-label={`Voir la version du ${formatDateTime(version.createdAt)}`}
								>
									Voir
								</ButtonLink>
								<RestoreForm versionId={version.id} actionUrl={actionUrl} />
							</div>
						) : null}
					</li>
				))}
			</ol>
		</Card>
	)
}

/** An earlier version, read-only, with the way to make it the current letter again. */
export function LetterVersionView({ applicationId, version, actionUrl }: { applicationId: string; version: LetterVersion; actionUrl: string }) {
	return (
		<Card as="section" tone="tinted" aria-labelledby="letter-version-view-title" padding="lg" className="scroll-mt-24">
			<div className="flex flex-wrap items-start justify-between gap-3">
				<div>
					<h2 id="letter-version-view-title" tabIndex={-1} className="text-xl font-semibold text-stone-900 outline-none">
						Version du {formatDateTime(version.createdAt)}
					</h2>
					<p className="mt-1 text-sm text-stone-700">
						{originLabels[version.origin]}
						{version.provider ? ` · ${providerLabels[version.provider]}` : ''}. Elle n’est pas modifiable telle quelle&nbsp;: restaurez-la
						pour en faire votre lettre actuelle.
					</p>
				</div>
				<Link to="." preventScrollReset className="text-sm font-medium text-ember-800 underline underline-offset-4">
					Fermer
				</Link>
			</div>
			<div className="mt-4 rounded-xl bg-white p-4 font-serif leading-7 whitespace-pre-wrap text-stone-900 ring-1 ring-ember-100 sm:p-6">
				{version.body}
			</div>
			<div className="mt-4 flex flex-wrap gap-3">
				<RestoreForm versionId={version.id} actionUrl={actionUrl} size="md" />
				<ExportLinks applicationId={applicationId} versionId={version.id} size="md" />
			</div>
		</Card>
	)
}
