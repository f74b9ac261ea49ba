/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a quoted
 * field may hold commas, line breaks and doubled quotes (`""` → `"`).
 * Blank lines are skipped (some ROME files have them between records).
 */
export function parseCsv(text: string): string[][] {
	const records: string[][] = []
	let record: string[] = []
	let field = ''
	let quoted = false
	// Whether the current record has any content, so `\n\n` yields no empty record.
	let started = false
	// A quote opens a quoted field only as the field's first character; elsewhere it is literal.
	let atFieldStart = true
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0

	const endField = () => {
		record.push(field)
		field = ''
		atFieldStart = true
	}
	const endRecord = () => {
		if (started) {
			endField()
			records.push(record)
		}
		record = []
		field = ''
		started = false
		atFieldStart = true
	}

	while (i < text.length) {
		const char = text[i]!
		if (quoted) {
			if (char === '"') {
				if (text[i + 1] === '"') {
					field += '"'
					i += 2
					continue
				}
				quoted = false
			} else {
				field += char
			}
			i++
			continue
		}
		if (char === '"' && atFieldStart) {
			quoted = true
			started = true
			atFieldStart = false
		} else if (char === ',') {
			endField()
			started = true
		} else if (char === '\n') {
			endRecord()
		} else if (char === '\r') {
			if (text[i + 1] === '\n') i++
			endRecord()
		} else {
			field += char
			started = true
			atFieldStart = false
		}
		i++
	}
	if (quoted) throw new Error('CSV: unterminated quoted field at end of input')
	endRecord()
	return records
}

/** Records as objects keyed by the header line; every row must have the header's width. */
export function parseCsvWithHeader<Column extends string>(
	text: string,
	requiredColumns: readonly Column[],
): Record<Column, string>[] {
	const [header, ...rows] = parseCsv(text)
	if (!header) return []
	const indexes = requiredColumns.map((column) => {
		const index = header.indexOf(column)
		if (index === -1) throw new Error(`CSV: column "${column}" is missing (header: ${header.join(', ')})`)
		return index
	})
	return rows.map((row, rowIndex) => {
		if (row.length !== header.length) {
			throw new Error(`CSV: record ${rowIndex + 2} has ${row.length} fields, the header has ${header.length}`)
		}
		const entry = {} as Record<Column, string>
		requiredColumns.forEach((column, k) => {
			entry[column] = row[indexes[k]!]!
		})
		return entry
	})
}
