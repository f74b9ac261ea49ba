import { Link } from 'react-router'
import { DocumentPage, ToComplete } from '#app/components/ui/document-page.tsx'
import type { Route } from './+types/terms'

export const meta: Route.MetaFunction = () => [
	{ title: 'Conditions générales d’utilisation — Phoenix' },
	{
		name: 'description',
		content:
			'Les règles d’utilisation de Phoenix\u00a0: compte, offres Gratuite et Premium, résiliation, contenus générés par l’IA, vos contenus et vos droits.',
	},
]

const sections = [
	{ id: 'objet', title: 'Objet' },
	{ id: 'compte', title: 'Votre compte' },
	{ id: 'services', title: 'Les services' },
	{ id: 'offres', title: 'Offres et abonnement' },
	{ id: 'retractation', title: 'Droit de rétractation' },
	{ id: 'ia', title: 'Contenus générés par l’IA' },
	{ id: 'accompagnement', title: 'Ce que Phoenix n’est pas' },
	{ id: 'vos-contenus', title: 'Vos contenus' },
	{ id: 'regles', title: 'Règles d’utilisation' },
	{ id: 'disponibilite', title: 'Disponibilité et évolutions' },
	{ id: 'responsabilite', title: 'Responsabilité' },
	{ id: 'fin', title: 'Suppression et suspension du compte' },
	{ id: 'modifications', title: 'Modification des conditions' },
	{ id: 'litiges', title: 'Droit applicable et litiges' },
]

export default function TermsPage() {
	return (
		<DocumentPage
			title="Conditions générales d’utilisation"
			updatedOn="21 novembre 2026"
			lead={
				<p>
					Ces conditions fixent les règles entre vous et <ToComplete>raison sociale</ToComplete>, l’éditeur de
					Phoenix (voir les <Link to="/mentions-legales">mentions légales</Link>). Nous les avons voulues
					lisibles&#8239;; si un point vous semble obscur, écrivez-nous.
				</p>
			}
			sections={sections}
		>
			<h2 id="objet">Objet</h2>
			<p>
				Phoenix est un service en ligne qui accompagne les personnes en reconversion professionnelle&nbsp;: rédaction
				de lettres de motivation, création de CV, journal de bord et assistante conversationnelle. En créant un
				compte, vous acceptez les présentes conditions ainsi que notre{' '}
				<Link to="/confidentialite">politique de confidentialité</Link>.
			</p>

			<h2 id="compte">Votre compte</h2>
			<ul>
				<li>Phoenix s’adresse aux personnes majeures. Un compte correspond à une seule personne.</li>
				<li>
					Vous vous connectez avec votre adresse e-mail&nbsp;: nous vous envoyons un lien de connexion et un code à
					6&nbsp;chiffres, à usage unique. Il n’y a pas de mot de passe. Gardez l’accès à votre messagerie pour
					vous&nbsp;: c’est la clé de votre compte.
				</li>
				<li>
					Une seule connexion vous donne accès à tous les outils Phoenix. Vous pouvez vous déconnecter d’un appareil
					ou de tous vos appareils à la fois depuis le menu de votre compte.
				</li>
			</ul>

			<h2 id="services">Les services</h2>
			<p>Phoenix réunit, sous un même compte&nbsp;:</p>
			<ul>
				<li>
					<strong>Phoenix Letters</strong>&nbsp;: analyse d’offres d’emploi, comparaison entre votre CV et une
					offre, rédaction et amélioration de lettres de motivation, trajectoire de reconversion fondée sur le
					répertoire ROME de France Travail, suivi de vos candidatures&#8239;;
				</li>
				<li>
					<strong>Phoenix CV</strong>&nbsp;: création, import, analyse et export de CV&#8239;;
				</li>
				<li>
					<strong>Phoenix Rise</strong>&nbsp;: journal de bord privé, suivi de l’humeur, objectifs et coaching à
					votre demande&#8239;;
				</li>
				<li>
					<strong>Iris</strong>&nbsp;: une assistante conversationnelle disponible dans chaque outil.
				</li>
			</ul>
			<p>
				Ces fonctions ouvrent progressivement. Celles qui ne sont pas encore disponibles sont signalées comme telles
				dans l’application.
			</p>

			<h2 id="offres">Offres et abonnement</h2>
			<h3>Offre Gratuite</h3>
			<p>
				L’offre Gratuite est sans durée limitée et sans moyen de paiement. Elle comporte des limites d’usage (par
				exemple 3&nbsp;lettres générées par mois, 1&nbsp;CV, 30&nbsp;entrées de journal par mois, 5&nbsp;conversations
				avec Iris par jour). Les mois et les jours sont comptés à l’heure de Paris. Quand une limite est atteinte,
				l’application vous le dit clairement et vous indique quand elle se renouvelle.
			</p>
			<h3>Offre Premium</h3>
			<ul>
				<li>
					Premium coûte <strong>9,99&nbsp;€ TTC par mois</strong>. Il lève ou relève ces limites et donne accès à
					l’ensemble des outils, selon le détail présenté sur la page <Link to="/tarifs">Tarifs</Link>.
				</li>
				<li>
					Le paiement est traité par notre prestataire Stripe. Nous n’avons jamais accès à votre numéro de carte.
				</li>
				<li>
					L’abonnement se renouvelle chaque mois. Vous pouvez le résilier à tout moment, en quelques clics, depuis
					votre compte&nbsp;: il reste actif jusqu’à la fin du mois déjà payé, puis votre compte repasse à l’offre
					Gratuite sans perte de vos contenus.
				</li>
				<li>
					Toute évolution du prix vous est annoncée par e-mail au moins 30&nbsp;jours à l’avance&#8239;; vous
					pouvez résilier avant qu’elle ne s’applique.
				</li>
			</ul>
			<h3>Offre Entreprise</h3>
			<p>
				Pour les organismes d’accompagnement et les entreprises, une offre sur devis fait l’objet d’un contrat
				distinct.
			</p>

			<h2 id="retractation">Droit de rétractation</h2>
			<p>
				Lorsque vous souscrivez Premium, vous disposez de 14&nbsp;jours pour vous rétracter, sans avoir à vous
				justifier (article L221-18 du Code de la consommation). Si vous avez demandé à profiter de Premium
				immédiatement, le montant correspondant aux jours déjà utilisés reste dû et le reste vous est remboursé
				(article L221-25). Pour exercer ce droit, écrivez à <ToComplete>adresse e-mail de contact</ToComplete>.
			</p>

			<h2 id="ia">Contenus générés par l’IA</h2>
			<ul>
				<li>
					Les lettres, suggestions, analyses et réponses d’Iris sont produites automatiquement. Ce sont des
					propositions&nbsp;: relisez-les et adaptez-les avant de les utiliser. Elles peuvent contenir des erreurs.
				</li>
				<li>
					Vous restez l’auteur de ce que vous envoyez aux recruteurs et responsable de son exactitude&nbsp;: ne
					mentionnez que des diplômes, expériences et compétences réels.
				</li>
				<li>
					Les scores et comparaisons (par exemple entre votre CV et une offre) expliquent un écart de vocabulaire et
					de compétences. Ils ne prédisent pas la décision d’un recruteur ni d’un logiciel de recrutement. Phoenix ne
					garantit aucun entretien ni aucune embauche.
				</li>
				<li>
					Vos documents ne sont transmis à un modèle d’IA que si vous y avez consenti. Le détail figure dans notre{' '}
					<Link to="/confidentialite#ia">politique de confidentialité</Link>.
				</li>
			</ul>

			<h2 id="accompagnement">Ce que Phoenix n’est pas</h2>
			<p>
				Phoenix Rise et Iris vous aident à prendre du recul et à avancer&#8239;; ils ne remplacent ni un
				professionnel de santé, ni un psychologue, ni un conseiller en évolution professionnelle. Pour un
				accompagnement personnalisé et financé, vous pouvez vous adresser à France Travail, à un conseil en
				évolution professionnelle (CEP) ou réaliser un bilan de compétences.
			</p>
			<p>
				Si vous traversez un moment difficile, appelez le <a href="tel:3114">3114</a> (prévention du suicide,
				gratuit, 24&nbsp;h/24). En cas d’urgence, composez le 15 ou le 112.
			</p>

			<h2 id="vos-contenus">Vos contenus</h2>
			<p>
				Vous restez propriétaire de tout ce que vous créez ou déposez dans Phoenix&nbsp;: CV, lettres, offres
				collées, entrées de journal, conversations. Vous nous autorisez seulement à les héberger, à les traiter et à
				vous les afficher pour vous rendre le service, pendant la durée de votre compte.
			</p>
			<p>
				Nous ne les vendons pas et ne les montrons à personne. Si vous l’acceptez, des statistiques anonymes et
				agrégées, sur des groupes assez grands pour qu’aucune personne ne puisse être reconnue, nous aident à
				améliorer les recommandations. Votre journal n’est jamais utilisé à cette fin.
			</p>

			<h2 id="regles">Règles d’utilisation</h2>
			<p>En utilisant Phoenix, vous vous engagez à ne pas&nbsp;:</p>
			<ul>
				<li>déposer de contenu illicite, diffamatoire ou portant atteinte aux droits d’autrui&#8239;;</li>
				<li>y saisir les données personnelles d’autres personnes sans en avoir le droit&#8239;;</li>
				<li>contourner les limites d’usage, les mesures de sécurité ou tenter d’accéder aux données d’autrui&#8239;;</li>
				<li>extraire le service de manière automatisée ou le revendre sans accord écrit.</li>
			</ul>

			<h2 id="disponibilite">Disponibilité et évolutions</h2>
			<p>
				Nous faisons notre possible pour que Phoenix soit accessible à tout moment, mais des interruptions peuvent
				survenir (maintenance, incident chez un prestataire). Nous faisons évoluer le service&nbsp;: si une
				évolution retire une fonction incluse dans votre abonnement Premium, nous vous prévenons et vous pouvez
				résilier.
			</p>

			<h2 id="responsabilite">Responsabilité</h2>
			<p>
				Nous sommes responsables de la bonne exécution du service dans les conditions prévues par la loi. Nous ne
				pouvons pas être tenus responsables de l’usage que vous faites des contenus produits, ni des décisions de
				recrutement prises par des tiers. Rien dans ces conditions ne limite les droits que vous tenez du Code de la
				consommation.
			</p>

			<h2 id="fin">Suppression et suspension du compte</h2>
			<p>
				Vous pouvez supprimer votre compte à tout moment depuis la page <Link to="/compte">Mon compte</Link>. Tous
				vos contenus sont alors effacés et votre abonnement éventuel est résilié. Vous pouvez aussi télécharger vos
				données avant de partir.
			</p>
			<p>
				En cas de manquement grave à ces conditions, nous pouvons suspendre votre compte après vous en avoir
				informé par e-mail et vous avoir permis de présenter vos observations, sauf urgence liée à la sécurité du
				service ou d’autres utilisateurs.
			</p>

			<h2 id="modifications">Modification des conditions</h2>
			<p>
				Si nous modifions ces conditions de manière importante, nous vous prévenons par e-mail au moins
				30&nbsp;jours avant leur entrée en vigueur. Si vous n’êtes pas d’accord, vous pouvez supprimer votre compte
				ou résilier votre abonnement avant cette date.
			</p>

			<h2 id="litiges">Droit applicable et litiges</h2>
			<p>
				Ces conditions sont soumises au droit français. En cas de difficulté, écrivez-nous d’abord&nbsp;: la
				plupart des problèmes se règlent ainsi. Si notre réponse ne vous satisfait pas, vous pouvez recourir
				gratuitement au médiateur de la consommation&nbsp;: <ToComplete>nom et coordonnées du médiateur de la consommation</ToComplete>.
				À défaut d’accord, les tribunaux français sont compétents, dans les conditions prévues par le Code de la
				consommation.
			</p>
		</DocumentPage>
	)
}
