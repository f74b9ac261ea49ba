import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { DocumentPage, ToComplete } from '#app/components/ui/document-page.tsx'
import type { Route } from './+types/privacy'

export const meta: Route.MetaFunction = () => [
	{ title: 'Politique de confidentialité — Phoenix' },
	{
		name: 'description',
		content:
			'Quelles données Phoenix traite, pourquoi, combien de temps, avec quels prestataires, et comment exercer vos droits (RGPD).',
	},
]

const sections = [
	{ id: 'en-bref', title: 'En bref' },
	{ id: 'responsable', title: 'Responsable du traitement' },
	{ id: 'donnees', title: 'Les données que nous traitons' },
	{ id: 'finalites', title: 'Pourquoi, et sur quelle base' },
	{ id: 'ia', title: 'L’intelligence artificielle' },
	{ id: 'journal', title: 'Votre journal Rise' },
	{ id: 'conservation', title: 'Durées de conservation' },
	{ id: 'destinataires', title: 'Destinataires et prestataires' },
	{ id: 'cookies', title: 'Cookies' },
	{ id: 'securite', title: 'Sécurité' },
	{ id: 'droits', title: 'Vos droits' },
	{ id: 'cnil', title: 'Réclamation auprès de la CNIL' },
	{ id: 'modifications', title: 'Modifications' },
]

function TableWrapper({ caption, children }: { caption: string; children: ReactNode }) {
	return (
		<div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
			<table>
				<caption className="sr-only">{caption}</caption>
				{children}
			</table>
		</div>
	)
}

export default function PrivacyPage() {
	return (
		<DocumentPage
			title="Politique de confidentialité"
			updatedOn="21 novembre 2026"
			lead={
				<p>
					Un CV, des candidatures, un journal intime&nbsp;: ce que vous confiez à Phoenix est personnel. Cette page
					explique, le plus simplement possible, ce que nous en faisons, conformément au Règlement général sur la
					protection des données (RGPD) et à la loi Informatique et Libertés.
				</p>
			}
			sections={sections}
		>
			<h2 id="en-bref">En bref</h2>
			<ul>
				<li>Nous ne collectons que ce qui sert à vous rendre le service. Nous ne vendons aucune donnée.</li>
				<li>
					Votre journal est chiffré avant d’être enregistré, n’est jamais utilisé pour des statistiques et n’est
					jamais envoyé à l’IA sans votre demande.
				</li>
				<li>
					Vos documents ne passent par un modèle d’IA qu’avec votre consentement, et vos coordonnées en sont retirées
					avant l’envoi.
				</li>
				<li>Un seul cookie, nécessaire à votre connexion. Pas de publicité, pas de mesure d’audience.</li>
				<li>Vous pouvez télécharger toutes vos données ou supprimer votre compte à tout moment.</li>
			</ul>

			<h2 id="responsable">Responsable du traitement</h2>
			<p>Le responsable du traitement de vos données est&nbsp;:</p>
			<dl>
				<dt>Raison sociale</dt>
				<dd>
					<ToComplete>raison sociale</ToComplete>
				</dd>
				<dt>Adresse</dt>
				<dd>
					<ToComplete>adresse du siège social</ToComplete>
				</dd>
				<dt>Contact données personnelles</dt>
				<dd>
					<ToComplete>adresse e-mail dédiée aux données personnelles</ToComplete>
				</dd>
				<dt>Délégué à la protection des données</dt>
				<dd>
					<ToComplete>nom et coordonnées du DPO, s’il est désigné</ToComplete>
				</dd>
			</dl>

			<h2 id="donnees">Les données que nous traitons</h2>
			<ul>
				<li>
					<strong>Votre compte</strong>&nbsp;: adresse e-mail, nom affiché si vous en indiquez un, dates de
					connexion.
				</li>
				<li>
					<strong>Votre profil de reconversion</strong>&nbsp;: métier actuel, métier visé, compétences.
				</li>
				<li>
					<strong>Vos documents</strong>&nbsp;: CV (identité, coordonnées, parcours, formations), offres
					d’emploi que vous collez, lettres de motivation, candidatures et leur suivi, plan de trajectoire.
				</li>
				<li>
					<strong>Votre journal Rise</strong>&nbsp;: entrées, humeur, émotions, objectifs. Ces contenus peuvent
					révéler des informations sensibles, par exemple sur votre santé (voir{' '}
					<a href="#journal">Votre journal Rise</a>).
				</li>
				<li>
					<strong>Vos échanges avec Iris</strong>&nbsp;: messages et réponses.
				</li>
				<li>
					<strong>Votre abonnement</strong>&nbsp;: offre, dates, factures. Les données de carte bancaire sont
					traitées par Stripe&#8239;; nous n’y avons jamais accès.
				</li>
				<li>
					<strong>Vos choix</strong>&nbsp;: consentements donnés ou retirés, avec leur date.
				</li>
				<li>
					<strong>Des données techniques</strong>&nbsp;: journaux de sécurité (connexions, exports, suppressions,
					changements d’offre), adresse IP, type de navigateur.
				</li>
			</ul>

			<h2 id="finalites">Pourquoi, et sur quelle base</h2>
			<TableWrapper caption="Finalités des traitements et bases légales">
				<thead>
					<tr>
						<th scope="col">Ce que nous faisons</th>
						<th scope="col">Base légale (RGPD)</th>
					</tr>
				</thead>
				<tbody>
					<tr>
						<td>Créer et gérer votre compte, vous connecter, vous rendre les services Letters, CV, Rise et Iris</td>
						<td>Exécution du contrat (art.&nbsp;6.1.b)</td>
					</tr>
					<tr>
						<td>Envoyer vos documents à un modèle d’IA pour générer ou analyser un contenu</td>
						<td>Votre consentement (art.&nbsp;6.1.a), que vous pouvez retirer à tout moment</td>
					</tr>
					<tr>
						<td>Enregistrer et vous afficher votre journal, qui peut contenir des données de santé</td>
						<td>Votre consentement explicite (art.&nbsp;9.2.a)</td>
					</tr>
					<tr>
						<td>Produire des statistiques anonymes pour améliorer les recommandations</td>
						<td>Votre consentement (art.&nbsp;6.1.a)</td>
					</tr>
					<tr>
						<td>Vous envoyer des nouvelles de Phoenix et des conseils par e-mail</td>
						<td>Votre consentement (art.&nbsp;6.1.a)</td>
					</tr>
					<tr>
						<td>Gérer votre abonnement, le paiement et la facturation</td>
						<td>Exécution du contrat et obligations comptables (art.&nbsp;6.1.b et 6.1.c)</td>
					</tr>
					<tr>
						<td>Sécuriser le service, prévenir les abus, garder une trace des actions sensibles</td>
						<td>Notre intérêt légitime à protéger vos données et le service (art.&nbsp;6.1.f)</td>
					</tr>
				</tbody>
			</TableWrapper>
			<p>
				Les e-mails strictement nécessaires au service (lien de connexion, reçus, changements importants des
				conditions) vous sont envoyés dans tous les cas.
			</p>

			<h2 id="ia">L’intelligence artificielle</h2>
			<ul>
				<li>
					Aucun de vos documents n’est envoyé à un modèle d’IA sans votre accord. Vous donnez ou retirez ce
					consentement à tout moment depuis <Link to="/compte">Mon compte</Link>.
				</li>
				<li>
					Avant tout envoi, les informations qui permettent de vous identifier sont retirées du texte&nbsp;: nom,
					adresse e-mail, téléphone, adresse postale, date de naissance, numéro de sécurité sociale, IBAN, SIRET.
					Elles sont remises en place dans la réponse, chez nous, et ne sont jamais écrites en clair dans nos
					journaux techniques.
				</li>
				<li>
					Le modèle utilisé est Google Gemini. Sans votre consentement, ou si le service d’IA n’est pas disponible,
					Phoenix utilise un moteur interne, fondé sur des règles et sur le répertoire ROME, qui ne transmet rien à
					l’extérieur. Les contenus produits par ce moteur sont signalés comme tels.
				</li>
				<li>
					Aucune décision produisant des effets juridiques ou vous affectant de manière significative n’est prise
					automatiquement (art.&nbsp;22 du RGPD). Les scores et suggestions vous informent&nbsp;: c’est vous qui
					décidez.
				</li>
			</ul>

			<h2 id="journal">Votre journal Rise</h2>
			<ul>
				<li>
					Chaque entrée est chiffrée (<span className="whitespace-nowrap">AES-256-GCM</span>) avant d’être enregistrée. Les clés de chiffrement sont conservées
					en dehors de la base de données.
				</li>
				<li>Votre journal n’est jamais utilisé pour des statistiques, même anonymes.</li>
				<li>
					Il n’est envoyé à l’IA que lorsque vous demandez un coaching sur une entrée précise, et seulement cette
					entrée.
				</li>
				<li>
					Si une entrée soumise au coaching laisse penser que vous traversez une détresse, Phoenix n’y répond pas
					par du coaching mais vous indique des numéros d’aide, comme le 3114.
				</li>
				<li>Vous pouvez supprimer une entrée, ou tout votre journal, à tout moment.</li>
			</ul>

			<h2 id="conservation">Durées de conservation</h2>
			<TableWrapper caption="Durées de conservation des données">
				<thead>
					<tr>
						<th scope="col">Données</th>
						<th scope="col">Durée</th>
					</tr>
				</thead>
				<tbody>
					<tr>
						<td>Compte, profil, CV, lettres, candidatures, journal, conversations avec Iris</td>
						<td>
							Tant que votre compte existe. Après 3&nbsp;ans sans connexion, nous vous prévenons par e-mail puis
							supprimons le compte si vous ne vous reconnectez pas.
						</td>
					</tr>
					<tr>
						<td>Liens et codes de connexion</td>
						<td>À usage unique, ils expirent au bout de quelques minutes.</td>
					</tr>
					<tr>
						<td>Preuves de vos consentements</td>
						<td>Pendant la durée du compte, puis 5&nbsp;ans pour pouvoir justifier de vos choix.</td>
					</tr>
					<tr>
						<td>Factures et pièces comptables</td>
						<td>10&nbsp;ans (article L123-22 du Code de commerce).</td>
					</tr>
					<tr>
						<td>Journaux de sécurité (connexions, adresses IP)</td>
						<td>12&nbsp;mois.</td>
					</tr>
					<tr>
						<td>Trace des actions sensibles après suppression du compte</td>
						<td>Conservée sous une forme anonymisée, qui ne permet plus de vous identifier.</td>
					</tr>
				</tbody>
			</TableWrapper>

			<h2 id="destinataires">Destinataires et prestataires</h2>
			<p>
				Vos données ne sont accessibles qu’à vous et, lorsque c’est indispensable (assistance que vous demandez,
				sécurité), aux personnes habilitées de l’équipe Phoenix, dont chaque accès est tracé. Elles sont aussi
				traitées, pour notre compte, par les prestataires suivants. Cette liste sera complétée et tenue à jour.
			</p>
			<TableWrapper caption="Prestataires (sous-traitants) et leur rôle">
				<thead>
					<tr>
						<th scope="col">Prestataire</th>
						<th scope="col">Rôle</th>
						<th scope="col">Localisation</th>
					</tr>
				</thead>
				<tbody>
					<tr>
						<td>
							<ToComplete>hébergeur de l’application</ToComplete>
						</td>
						<td>Hébergement de l’application</td>
						<td>
							<ToComplete>pays</ToComplete>
						</td>
					</tr>
					<tr>
						<td>Supabase</td>
						<td>Base de données, authentification, fonctions serveur</td>
						<td>
							<ToComplete>région d’hébergement retenue</ToComplete>
						</td>
					</tr>
					<tr>
						<td>Stripe</td>
						<td>Paiement et gestion de l’abonnement Premium</td>
						<td>Union européenne (Irlande) et États-Unis</td>
					</tr>
					<tr>
						<td>Google (Gemini)</td>
						<td>Génération et analyse de textes, uniquement avec votre consentement et sur des textes débarrassés de vos coordonnées</td>
						<td>
							<ToComplete>région de traitement retenue</ToComplete>
						</td>
					</tr>
					<tr>
						<td>
							<ToComplete>prestataire d’envoi des e-mails</ToComplete>
						</td>
						<td>Envoi des liens de connexion et des e-mails du service</td>
						<td>
							<ToComplete>pays</ToComplete>
						</td>
					</tr>
				</tbody>
			</TableWrapper>
			<p>
				Lorsqu’un prestataire traite des données hors de l’Union européenne, le transfert est encadré par une
				décision d’adéquation de la Commission européenne (par exemple le cadre de protection des données UE–États-Unis)
				ou par les clauses contractuelles types de la Commission.
			</p>

			<h2 id="cookies">Cookies</h2>
			<p>
				Phoenix dépose un seul cookie&nbsp;: le cookie de session, qui maintient votre connexion. Il est strictement
				nécessaire au service, inaccessible aux scripts de la page (<em>httpOnly</em>), transmis uniquement en
				connexion sécurisée et jamais à d’autres sites. Il disparaît lorsque vous vous déconnectez.
			</p>
			<p>
				Nous n’utilisons aucun cookie publicitaire, de réseau social ou de mesure d’audience. Un cookie strictement
				nécessaire n’a pas besoin de votre consentement (article&nbsp;82 de la loi Informatique et Libertés)&#8239;:
				c’est pourquoi aucun bandeau ne vous le demande.
			</p>

			<h2 id="securite">Sécurité</h2>
			<ul>
				<li>Toutes les communications sont chiffrées (HTTPS).</li>
				<li>
					Dans la base de données, chaque personne n’a accès qu’à ses propres données, y compris en cas d’erreur
					dans l’application&nbsp;: la règle est appliquée par la base elle-même.
				</li>
				<li>Votre journal est chiffré, avec des clés conservées hors de la base.</li>
				<li>
					Les actions sensibles (connexion, export, suppression, changement d’offre, accès d’un administrateur) sont
					enregistrées dans un registre qui ne peut pas être modifié.
				</li>
				<li>
					En cas de violation de données présentant un risque pour vous, nous prévenons la CNIL dans les
					72&nbsp;heures et vous informons si le risque est élevé.
				</li>
			</ul>

			<h2 id="droits">Vos droits</h2>
			<p>Vous disposez à tout moment des droits suivants sur vos données&nbsp;:</p>
			<ul>
				<li>
					<strong>accès</strong> et <strong>portabilité</strong>&nbsp;: téléchargez l’ensemble de vos données, dans
					un format lisible par une machine, depuis <Link to="/compte">Mon compte</Link>&#8239;;
				</li>
				<li>
					<strong>rectification</strong>&nbsp;: modifiez votre profil et vos documents directement dans
					l’application&#8239;;
				</li>
				<li>
					<strong>effacement</strong>&nbsp;: supprimez votre compte depuis <Link to="/compte">Mon compte</Link>
					&#8239;; tout est effacé et votre abonnement est résilié&#8239;;
				</li>
				<li>
					<strong>retrait du consentement</strong>&nbsp;: pour l’IA, les statistiques anonymes ou les e-mails,
					à tout moment, sans conséquence sur ce qui a été fait avant&#8239;;
				</li>
				<li>
					<strong>opposition</strong> et <strong>limitation</strong> du traitement, dans les cas prévus par le
					RGPD&#8239;;
				</li>
				<li>
					<strong>directives post-mortem</strong>&nbsp;: indiquez ce que vous souhaitez que deviennent vos données
					après votre décès.
				</li>
			</ul>
			<p>
				Pour tout ce qui ne se fait pas directement dans l’application, écrivez à{' '}
				<ToComplete>adresse e-mail dédiée aux données personnelles</ToComplete>. Nous vous répondons dans un délai
				d’un mois. Nous ne vous demanderons un justificatif d’identité qu’en cas de doute raisonnable sur votre
				identité.
			</p>

			<h2 id="cnil">Réclamation auprès de la CNIL</h2>
			<p>
				Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
				réclamation à la Commission nationale de l’informatique et des libertés (CNIL)&nbsp;: en ligne sur{' '}
				<a href="https://www.cnil.fr/fr/plaintes">cnil.fr</a>, ou par courrier au 3&nbsp;place de Fontenoy,
				TSA&nbsp;80715, 75334 Paris Cedex&nbsp;07.
			</p>

			<h2 id="modifications">Modifications</h2>
			<p>
				Nous mettrons cette page à jour à mesure que Phoenix évolue, notamment lorsque la liste de nos prestataires
				sera arrêtée. En cas de changement important, nous vous prévenons par e-mail avant qu’il ne s’applique. La
				date de la version en vigueur figure en haut de la page.
			</p>
		</DocumentPage>
	)
}
