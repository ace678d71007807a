### kbnorm locale data: French (fr). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the French excerpts of the shared corpus (used as vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Note: on old KB pages "Sommaire" is the On-this-page label (chrome), never the summary.

## Identity of the locale

locale-name = Français
locale-whatlang = fra

## Section headings

heading-summary = Résumé
    .match =
        Synthèse
heading-introduction = Introduction
heading-symptoms = Symptômes
heading-cause = ~Cause
    .match =
        ~Causes
heading-resolution = Résolution
heading-workaround = ~Solution de contournement
    .match =
        ~Contournement
heading-status = ~Statut
heading-more-information = Plus d'informations
    .match =
        Pour plus d'informations
        ~Plus d’informations
        ~Pour plus d’informations
heading-issues-fixed = Problèmes résolus par le correctif cumulatif
    .match =
        ~Problèmes résolus par ce correctif cumulatif
        ~Problèmes résolus par cette mise à jour
        ~Problèmes résolus par le correctif
        ~Problèmes résolus
heading-service-pack-information = ~Informations sur le Service Pack
heading-update-rollup-information = ~Informations sur le correctif cumulatif
heading-download-information = ~Comment obtenir le correctif cumulatif
    .match =
        ~Comment obtenir ce correctif cumulatif
        ~Comment obtenir cette mise à jour
        ~Informations de téléchargement
heading-update-replacement = ~Informations de remplacement du correctif
    .match =
        ~Informations sur le remplacement du correctif
        ~Informations de remplacement
heading-prerequisites = ~Conditions préalables
    .match =
        ~Prérequis
heading-restart-requirement = ~Nécessité de redémarrer
    .match =
        ~Redémarrage requis
        ~Informations sur le redémarrage
heading-removal-information = ~Informations de suppression
    .match =
        ~Informations sur la suppression
heading-owa-customization = ~Informations importantes pour les utilisateurs d'Outlook Web Access concernant la personnalisation d'Outlook Web Access
    .match =
        ~Personnalisation d'Outlook Web Access
heading-known-issues = Problèmes connus
    .match =
        Problèmes connus dans cette mise à jour
        ~Problèmes connus dans ce correctif cumulatif
heading-file-information = ~Informations sur les fichiers
    .match =
        ~Informations de fichier
heading-hotfix-information = Informations sur le correctif
heading-references = Références
heading-applies-to = S’applique à
    .match =
        ~S'applique à
        ~Les informations contenues dans cet article s'appliquent au(x) produit(s) suivant(s)
heading-keywords = ~Mots-clés
heading-properties = ~Propriétés

heading-known-issue-item = Problème { $n }

## Page chrome

chrome = Traductions disponibles
    .match =
        Agrandir tout | Réduire tout
        Retour au début
        Voir les produits auxquels s'applique cet article

chrome-line = Sommaire
    .match =
        Base de connaissances
        Bulletin de sécurité
        DetailPage-MSS-KB
        Cet article peut contenir des liens vers des informations en langue anglaise (pas encore traduites).
        Se connecter avec Microsoft
        S'identifier ou créer un compte.
        Bonjour,
        Sélectionnez un autre compte.
        Vous avez plusieurs comptes
        Choisissez le compte avec lequel vous voulez vous connecter.

## Facts

cue-article-id = Numéro d'article : { $kb }
    .match =
        ~Numéro d’article : { $kb }
        ~Numéro de KB d'origine : { $kb }
cue-last-review = Dernière mise à jour : { $date }
    .match =
        Dernière rubrique modifiée : { $date }
        ~Dernière révision : { $date }
cue-revision = Version : { $revision }
cue-release-date = Date de publication : { $date }
    .match =
        Publication : { $date }
        datée du { $date }
        ~en date du { $date }
cue-removal = ~supprimer la mise à jour { $kb }
    .match =
        ~supprimez la mise à jour { $kb }
        ~désinstaller la mise à jour { $kb }
        ~désinstallez la mise à jour { $kb }
cue-translation-of = ~La version anglaise de cet article est la suivante : { $kb }
    .match =
        ~Cet article est une traduction de l'article anglais suivant : { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Texte d'origine ({ $language }) :
cue-machine-translated = ~Cet article est issu du système de traduction automatique
    .match =
        ~Cet article a été traduit automatiquement

# The update rollup as a name with its number.
rollup-name = correctif cumulatif { $n }

title-rollup = Description du { rollup-name } pour { $product }

title-stop = Cet article
    .match =
        ~Microsoft a publié

## Restart requirement

restart-reboot-required = ~Vous devez redémarrer l'ordinateur
    .match =
        ~vous devez redémarrer l’ordinateur
        ~nécessite un redémarrage
restart-reboot-may-be-required = ~Cette mise à jour peut nécessiter un redémarrage
    .match =
        ~peut nécessiter un redémarrage
        ~vous devrez peut-être redémarrer l'ordinateur
restart-services-restarted = ~Les services requis sont automatiquement arrêtés puis redémarrés
    .match =
        ~services sont automatiquement arrêtés puis redémarrés
restart-none = ~Vous n'avez pas à redémarrer l'ordinateur
    .match =
        ~Vous n’avez pas à redémarrer l’ordinateur
        ~vous n'avez pas besoin de redémarrer l'ordinateur
        ~ne nécessite pas de redémarrage

## Kinds

kind-security-update = mise à jour de sécurité
kind-hotfix = correctif
# One form only: forms with slots share one regex here (the slot covers "du …" / "de …").
kind-service-pack = ~Description { $product } Service Pack { $n }
kind-howto = Comment faire

## Dates

date = { $day } { $month } { $year }
    .match =
        { date-weekday } { $day } { $month } { $year }
        ~{ $day }er { $month } { $year }
        ~{ $day }/{ $month_num }/{ $year }

# Weekday names, used by the date forms above ("vendredi 28 juin 2013").
date-weekday = ~lundi
    .match =
        ~mardi
        ~mercredi
        ~jeudi
        vendredi
        ~samedi
        ~dimanche

month-1 = ~janvier
    .match = ~janv.
month-2 = février
    .match =
        ~févr.
        ~fevrier
month-3 = mars
month-4 = ~avril
    .match = ~avr.
month-5 = mai
month-6 = juin
month-7 = juillet
    .match = ~juil.
month-8 = ~août
    .match = ~aout
month-9 = septembre
    .match = ~sept.
month-10 = ~octobre
    .match = ~oct.
month-11 = ~novembre
    .match = ~nov.
month-12 = décembre
    .match =
        ~déc.
        ~decembre

## Language identification: frequent, distinctive function words.

stopwords = les des une est dans pour avec vous cette sont aux nous être été votre leur ces mais sur pas ce cet peut également lorsque afin ainsi cela
