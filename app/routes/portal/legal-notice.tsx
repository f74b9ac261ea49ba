import { Link } from 'react-router'
import { DocumentPage, ToComplete } from '#app/components/ui/document-page.tsx'
import type { Route } from './+types/legal-notice'

export const meta: Route.MetaFunction = () => [
	{ title: 'Mentions légales — Phoenix' },
	{
		name: 'description',
		content: 'Éditeur, hébergement, propriété intellectuelle et réutilisation des données ROME de France Travail sur Phoenix.',
	},
]

const sections = [
	{ id: 'editeur', title: 'Éditeur du site' },
	{ id: 'hebergement', title: 'Hébergement' },
	{ id: 'propriete-intellectuelle', title: 'Propriété intellectuelle' },
	{ id: 'donnees-rome', title: 'Données ROME de France Travail' },
	{ id: 'donnees-personnelles', title: 'Données personnelles et cookies' },
	{ id: 'accessibilite', title: 'Accessibilité' },
	{ id: 'signalement', title: 'Signaler un contenu' },
]

export default function LegalNoticePage() {
	return (
		<DocumentPage
			title="Mentions légales"
			updatedOn="21 novembre 2026"
			lead={
				<p>
					Conformément à la loi n°&nbsp;2004-575 du 21&nbsp;juin 2004 pour la confiance dans l’économie numérique
					(LCEN), voici qui édite Phoenix, qui l’héberge et d’où viennent les données utilisées.
				</p>
			}
			sections={sections}
		>
			<h2 id="editeur">Éditeur du site</h2>
			<p>Le site et l’application Phoenix sont édités par&nbsp;:</p>
			<dl>
				<dt>Raison sociale</dt>
				<dd>
					<ToComplete>raison sociale</ToComplete>
				</dd>
				<dt>Forme juridique et capital</dt>
				<dd>
					<ToComplete>forme juridique et capital social</ToComplete>
				</dd>
				<dt>Siège social</dt>
				<dd>
					<ToComplete>adresse du siège social</ToComplete>
				</dd>
				<dt>Immatriculation</dt>
				<dd>
					<ToComplete>numéro RCS et SIREN</ToComplete>
				</dd>
				<dt>TVA intracommunautaire</dt>
				<dd>
					<ToComplete>numéro de TVA intracommunautaire</ToComplete>
				</dd>
				<dt>Direction de la publication</dt>
				<dd>
					<ToComplete>nom de la personne responsable de la publication</ToComplete>
				</dd>
				<dt>Nous écrire</dt>
				<dd>
					<ToComplete>adresse e-mail de contact</ToComplete>
				</dd>
			</dl>

			<h2 id="hebergement">Hébergement</h2>
			<p>
				L’application est hébergée par <ToComplete>nom, adresse et téléphone de l’hébergeur</ToComplete>.
			</p>
			<p>
				Les données de votre compte (base de données, authentification) sont hébergées par Supabase, dans la région{' '}
				<ToComplete>région d’hébergement retenue</ToComplete>. La liste complète de nos prestataires figure dans
				notre <Link to="/confidentialite#destinataires">politique de confidentialité</Link>.
			</p>

			<h2 id="propriete-intellectuelle">Propriété intellectuelle</h2>
			<p>
				La marque Phoenix, les textes, illustrations, logos et le code de l’application sont protégés par le droit de
				la propriété intellectuelle. Toute reproduction ou représentation, totale ou partielle, sans autorisation
				écrite préalable de l’éditeur est interdite.
			</p>
			<p>
				Les contenus que vous créez dans Phoenix (CV, lettres, entrées de journal) restent les vôtres. Les{' '}
				<Link to="/cgu#vos-contenus">conditions générales d’utilisation</Link> précisent ce que nous sommes autorisés
				à en faire, c’est-à-dire uniquement ce qui est nécessaire pour vous rendre le service.
			</p>

			<h2 id="donnees-rome">Données ROME de France Travail</h2>
			<p>
				Les métiers, les compétences et les passerelles entre métiers proposés dans Phoenix proviennent du Répertoire
				opérationnel des métiers et des emplois (ROME), publié par France Travail.
			</p>
			<p>
				<strong>
					Source&nbsp;: France Travail, ROME&nbsp;4.0 (export open data v460), data.gouv.fr — Licence Ouverte.
				</strong>
			</p>
			<p>
				Ces données sont réutilisées selon les termes de la{' '}
				<a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">Licence Ouverte / Open Licence</a>{' '}
				d’Etalab. Phoenix les sélectionne, les met en forme et les rapproche de vos propres informations (par exemple
				pour construire une trajectoire d’un métier à un autre)&#8239;; ces traitements sont les nôtres. France
				Travail n’est pas associé à Phoenix et ne cautionne ni le service ni les recommandations qui en découlent.
			</p>

			<h2 id="donnees-personnelles">Données personnelles et cookies</h2>
			<p>
				La façon dont nous traitons vos données personnelles, vos droits et la manière de les exercer sont décrits
				dans notre <Link to="/confidentialite">politique de confidentialité</Link>.
			</p>
			<p>
				Phoenix n’utilise qu’un seul cookie, strictement nécessaire à votre connexion. Aucun cookie publicitaire ni
				de mesure d’audience n’est déposé&#8239;: c’est pourquoi aucun bandeau ne vous demande votre accord.
			</p>

			<h2 id="accessibilite">Accessibilité</h2>
			<p>
				Nous concevons Phoenix pour qu’il soit utilisable au clavier, avec un lecteur d’écran et avec des contrastes
				suffisants, en suivant le référentiel général d’amélioration de l’accessibilité (RGAA). Si un écran vous
				pose problème, écrivez-nous à <ToComplete>adresse e-mail de contact</ToComplete>&nbsp;: nous vous
				répondrons et vous proposerons une autre façon d’accéder à l’information.
			</p>

			<h2 id="signalement">Signaler un contenu</h2>
			<p>
				Si vous constatez sur Phoenix un contenu qui vous semble illicite, signalez-le à{' '}
				<ToComplete>adresse e-mail de contact</ToComplete> en précisant la page concernée et la raison de votre
				signalement. Nous l’examinerons dans les meilleurs délais.
			</p>
		</DocumentPage>
	)
}
