import type { ReactNode } from 'react'

export type DocumentSection = { id: string; title: string }

/**
 * A long text to read (legal pages): title, date of the version, a table of
 * contents, then the body in the `prose-phoenix` style. Each <h2> in `children`
 * carries the `id` listed in `sections`.
 */
export function DocumentPage({
	title,
	updatedOn,
	lead,
	sections,
	children,
}: {
	title: string
	/** Human-readable French date, e.g. « 21 novembre 2026 ». */
	updatedOn: string
	lead?: ReactNode
	sections: DocumentSection[]
	children: ReactNode
}) {
	return (
		<div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16 lg:px-8">
			<header className="max-w-3xl">
				<h1 className="text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">{title}</h1>
				<p className="mt-3 text-sm text-stone-600">Version du {updatedOn}</p>
				{lead ? <div className="mt-6 text-lg leading-8 text-stone-700">{lead}</div> : null}
			</header>
			<div className="mt-10 grid grid-cols-1 gap-10 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-16">
				<nav aria-labelledby="sommaire-title" className="lg:sticky lg:top-24 lg:self-start">
					<h2 id="sommaire-title" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
						Sommaire
					</h2>
					<ol className="mt-3 flex flex-col gap-1 border-l border-stone-200 text-sm">
						{sections.map((section) => (
							<li key={section.id}>
								<a
									href={`#${section.id}`}
									className="-ml-px block border-l-2 border-transparent py-1 pl-4 text-stone-700 hover:border-ember-600 hover:text-stone-950"
								>
									{section.title}
								</a>
							</li>
						))}
					</ol>
				</nav>
				<article className="prose-phoenix">{children}</article>
			</div>
		</div>
	)
}

/** A piece of legal identity the publisher has still to provide, shown as such. */
export function ToComplete({ children }: { children: string }) {
	return <span className="placeholder-field">[à compléter&nbsp;: {children}]</span>
}
