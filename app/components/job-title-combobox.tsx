import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

export type JobTitleChoice = { code: string; label: string }

type JobTitleOption = {
	code: string
	label: string
	occupationCode: string
	occupationLabel: string
}

type Props = {
	/** Name of the hidden input carrying the chosen job title's ROME code. */
	name: string
	label: string
	defaultValue?: JobTitleChoice | null
	errors?: string[]
	description?: string
	id?: string
}

type Status = 'idle' | 'loading' | 'ready' | 'error'

const debounceMs = 150
const minQueryLength = 2

/**
 * Job title field with autocomplete over ROME (WAI-ARIA 1.2 combobox with a
 * listbox popup, list autocomplete without automatic selection). The visible
 * text input only searches; the form receives the chosen code through a
 * hidden input named `name`.
 *
 * Progressive enhancement: without JavaScript the hidden input still submits
 * the default code and the text input shows its label, but it cannot be
 * changed. Choosing a job title needs JavaScript.
 */
export function JobTitleCombobox({ name, label, defaultValue = null, errors, description, id }: Props) {
	const generatedId = useId()
	const inputId = id ?? `${generatedId}-input`
	const listboxId = `${generatedId}-listbox`
	const descriptionId = `${generatedId}-description`
	const errorId = `${generatedId}-errors`
	const optionId = (index: number) => `${generatedId}-option-${index}`

	const [text, setText] = useState(defaultValue?.label ?? '')
	const [selected, setSelected] = useState<JobTitleChoice | null>(defaultValue)
	const [options, setOptions] = useState<JobTitleOption[]>([])
	const [status, setStatus] = useState<Status>('idle')
	const [isOpen, setIsOpen] = useState(false)
	const [activeIndex, setActiveIndex] = useState(-1)
	const [announcement, setAnnouncement] = useState('')
	// The query the current options answer, for highlighting.
	const [answeredQuery, setAnsweredQuery] = useState('')
	const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; controller?: AbortController }>({})

	const cancelPending = () => {
		clearTimeout(pending.current.timer)
		pending.current.controller?.abort()
		pending.current = {}
	}
	useEffect(() => cancelPending, [])

	useEffect(() => {
		if (activeIndex < 0) return
		document.getElementById(`${generatedId}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' })
	}, [generatedId, activeIndex])

	// A new default (the saved profile after a submission) replaces the field's content.
	const [previousDefaultCode, setPreviousDefaultCode] = useState(defaultValue?.code ?? null)
	if ((defaultValue?.code ?? null) !== previousDefaultCode) {
		setPreviousDefaultCode(defaultValue?.code ?? null)
		setSelected(defaultValue)
		setText(defaultValue?.label ?? '')
	}

	// Screen readers only speak a live region when its text changes: the same
	// count twice in a row gets a no-break space to be announced again.
	const announce = (message: string) =>
		setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message))

	function search(query: string) {
		cancelPending()
		const trimmed = query.trim()
		if (trimmed.length < minQueryLength) {
			setOptions([])
			setStatus('idle')
			setIsOpen(false)
			setActiveIndex(-1)
			setAnnouncement('')
			return
		}
		const controller = new AbortController()
		setStatus('loading')
		pending.current = {
			controller,
			timer: setTimeout(async () => {
				try {
					const response = await fetch(`/api/metiers?q=${encodeURIComponent(trimmed)}`, {
						signal: controller.signal,
						headers: { Accept: 'application/json' },
					})
					if (!response.ok) throw new Error(`HTTP ${response.status}`)
					const body = (await response.json()) as { results: JobTitleOption[] }
					if (controller.signal.aborted) return
					setOptions(body.results)
					setAnsweredQuery(trimmed)
					setStatus('ready')
					setIsOpen(true)
					setActiveIndex(-1)
					announce(countMessage(body.results.length))
				} catch (error) {
					if (controller.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return
					setOptions([])
					setStatus('error')
					setIsOpen(true)
					announce(unavailableMessage)
				}
			}, debounceMs),
		}
	}

	function choose(option: JobTitleOption) {
		cancelPending()
		setSelected({ code: option.code, label: option.label })
		setText(option.label)
		setIsOpen(false)
		setActiveIndex(-1)
		setStatus('idle')
		announce(`${option.label} sélectionné`)
	}

	function close() {
		setIsOpen(false)
		setActiveIndex(-1)
	}

	function onChange(value: string) {
		setText(value)
		// The code always matches the text: editing it drops the previous choice.
		setSelected(null)
		search(value)
	}

	function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
		const count = options.length
		switch (event.key) {
			case 'ArrowDown': {
				event.preventDefault()
				if (!isOpen) {
					if (count > 0 || status === 'error') setIsOpen(true)
					if (!event.altKey && count > 0) setActiveIndex(0)
					return
				}
				if (count > 0 && !event.altKey) setActiveIndex((index) => (index + 1) % count)
				return
			}
			case 'ArrowUp': {
				event.preventDefault()
				if (count === 0) return
				if (!isOpen) setIsOpen(true)
				setActiveIndex((index) => (index <= 0 ? count - 1 : index - 1))
				return
			}
			case 'Enter': {
				const option = isOpen ? options[activeIndex] : undefined
				if (option) {
					// Choosing an option must not submit the form.
					event.preventDefault()
					choose(option)
				}
				return
			}
			case 'Escape': {
				if (isOpen) {
					event.preventDefault()
					close()
				} else if (text) {
					event.preventDefault()
					onChange('')
				}
				return
			}
			case 'Tab': {
				const option = isOpen ? options[activeIndex] : undefined
				if (option) choose(option)
				else close()
				return
			}
		}
	}

	const hasErrors = Boolean(errors?.length)
	const describedBy = [description ? descriptionId : null, hasErrors ? errorId : null].filter(Boolean).join(' ')
	const showPopup = isOpen && (options.length > 0 || status === 'ready' || status === 'error')

	return (
		<div className="flex flex-col gap-1.5">
			<label htmlFor={inputId} className="text-sm font-semibold text-stone-900">
				{label}
			</label>
			{description ? (
				<p id={descriptionId} className="text-sm text-stone-600">
					{description}
				</p>
			) : null}
			<div className="relative">
				<input
					id={inputId}
					type="text"
					role="combobox"
					aria-autocomplete="list"
					aria-expanded={showPopup}
					aria-controls={listboxId}
					aria-activedescendant={showPopup && activeIndex >= 0 ? optionId(activeIndex) : undefined}
					aria-describedby={describedBy || undefined}
					aria-invalid={hasErrors || undefined}
					autoComplete="off"
					autoCapitalize="none"
					spellCheck={false}
					enterKeyHint="search"
					value={text}
					onChange={(event) => onChange(event.target.value)}
					onKeyDown={onKeyDown}
					onFocus={() => {
						if (options.length > 0 && !selected) setIsOpen(true)
					}}
					onBlur={close}
					className={`block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-stone-900 shadow-sm placeholder:text-stone-400 focus:border-ember-600 focus:ring-2 focus:ring-ember-600/30 focus:outline-none ${
						hasErrors ? 'border-red-600' : 'border-stone-300'
					}`}
				/>
				<input type="hidden" name={name} value={selected?.code ?? ''} />
				{status === 'loading' ? (
					<span
						aria-hidden="true"
						className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin rounded-full border-2 border-stone-300 border-t-ember-600"
					/>
				) : null}
				<div
					className={`absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-lg ${
						showPopup ? '' : 'hidden'
					}`}
				>
					<ul id={listboxId} role="listbox" aria-label={label} className="max-h-72 overflow-y-auto overscroll-contain py-1">
						{options.map((option, index) => (
							<li
								key={option.code}
								id={optionId(index)}
								role="option"
								aria-selected={index === activeIndex}
								// Keeps focus in the input, so the click is not lost to a blur.
								onMouseDown={(event) => event.preventDefault()}
								onClick={() => choose(option)}
								onMouseMove={() => setActiveIndex(index)}
								className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-2 ${
									index === activeIndex ? 'bg-ember-50 text-ember-800' : 'text-stone-900'
								}`}
							>
								<span className="text-base leading-snug">{highlight(option.label, answeredQuery)}</span>
								{option.occupationLabel !== option.label ? (
									<span className="text-sm leading-snug text-stone-500">{option.occupationLabel}</span>
								) : null}
							</li>
						))}
					</ul>
					{status === 'ready' && options.length === 0 ? (
						<p className="px-3 py-2.5 text-sm text-stone-600">Aucun métier trouvé. Essayez un autre mot.</p>
					) : null}
					{status === 'error' ? <p className="px-3 py-2.5 text-sm text-red-700">{unavailableMessage}</p> : null}
				</div>
			</div>
			<div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
				{announcement}
			</div>
			{hasErrors ? (
				<ul id={errorId} className="text-sm text-red-700">
					{errors!.map((error) => (
						<li key={error}>{error}</li>
					))}
				</ul>
			) : null}
		</div>
	)
}

const unavailableMessage = 'La recherche de métiers est indisponible pour le moment. Réessayez dans un instant.'

function countMessage(count: number) {
	if (count === 0) return 'Aucun métier trouvé'
	return count === 1 ? '1 métier trouvé' : `${count} métiers trouvés`
}

/**
 * Marks the parts of `label` that start a word and match a query word,
 * ignoring case and accents, like the search itself (« dev » in « Développeur »).
 */
function highlight(label: string, query: string): ReactNode {
	const words = fold(query)
		.split(' ')
		.filter(Boolean)
		.sort((a, b) => b.length - a.length)
	if (words.length === 0) return label

	// Fold one character at a time, remembering where each folded character came from.
	let folded = ''
	const origin: number[] = []
	for (let index = 0; index < label.length; index++) {
		// A lone combining mark folds to nothing and stays part of its letter.
		const piece = fold(label[index]!)
		for (const char of piece) {
			folded += char
			origin.push(index)
		}
	}

	const marked = new Array<boolean>(label.length).fill(false)
	for (const word of words) {
		let from = 0
		for (;;) {
			const at = folded.indexOf(word, from)
			if (at === -1) break
			if (at === 0 || folded[at - 1] === ' ') {
				for (let k = at; k < at + word.length; k++) marked[origin[k]!] = true
			}
			from = at + 1
		}
	}

	const parts: ReactNode[] = []
	let start = 0
	for (let index = 1; index <= label.length; index++) {
		if (index === label.length || marked[index] !== marked[start]) {
			const piece = label.slice(start, index)
			parts.push(
				marked[start] ? (
					<mark key={start} className="bg-transparent font-semibold text-ember-700">
						{piece}
					</mark>
				) : (
					piece
				),
			)
			start = index
		}
	}
	return parts
}

/** Same folding as the search (scripts/rome/normalize.ts), minus the space trimming. */
function fold(text: string) {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[œŒæÆß]/g, (letter) => ({ œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' })[letter] ?? letter)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
}
