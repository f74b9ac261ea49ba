// Everything the domain reads from ROME, built once from a lexicon: the
// lexicon itself, the index over its titles and skills, the mobility graph.
import { createMobilityGraph, type MobilityGraph } from '#app/domain/trajectory/graph.ts'
import type { RomeLexicon } from './lexicon.ts'
import { createRomeIndex, type RomeIndex } from './rome-index.ts'

export type Rome = { lexicon: RomeLexicon; index: RomeIndex; graph: MobilityGraph }

export function buildRome(lexicon: RomeLexicon): Rome {
	return { lexicon, index: createRomeIndex(lexicon), graph: createMobilityGraph(lexicon) }
}
