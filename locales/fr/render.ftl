### kbnorm rendering messages: French (fr). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: correctif
### cumulatif, correctif, mise à jour de sécurité, Bulletin de sécurité, Service
### Pack, "Problèmes connus dans cette mise à jour", "Date de publication",
### "Base de connaissances Microsoft"), research/label_notes_eu.md and this
### locale's kb.ftl.
### Plurals (CLDR): one = 0 and 1, many = large round numbers (1 000 000: same
### text as other), other = everything else.
### French has no subject-less sentences and a summary's subject is "KB…" or
### "Cet article": summary sentences avoid pronouns ("Il existe …", passives,
### "cette mise à jour"). Typography: a space before ":" and ";", as in kb.ftl.

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update and kind-hotfix are lower-case words, so they follow the
# title in parentheses; kind-howto ("Comment faire") leads it.
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { $title } ({ kind-hotfix })
render-title-howto = { kind-howto } : { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Cette mise à jour corrige les vulnérabilités décrites dans { $count ->
        [one] le bulletin de sécurité
        [many] les bulletins de sécurité
       *[other] les bulletins de sécurité
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Cette mise à jour résout le problème suivant :
        [many] Cette mise à jour résout les { $count } problèmes suivants :
       *[other] Cette mise à jour résout les { $count } problèmes suivants :
    }
render-replaces = { $count ->
        [one] Cette mise à jour remplace la mise à jour suivante :
        [many] Cette mise à jour remplace les { $count } mises à jour suivantes :
       *[other] Cette mise à jour remplace les { $count } mises à jour suivantes :
    }
render-prerequisites = Pour appliquer cette mise à jour, vous devez disposer des éléments suivants :
# cue-removal is an infinitive ("supprimer la mise à jour 123456"), so it
# follows "Pour".
render-removal = Pour { cue-removal }, utilisez Ajout/Suppression de programmes dans le Panneau de configuration.
render-known-issues = { $count ->
        [one] Il existe un problème connu dans cette mise à jour.
        [many] Il existe { $count } problèmes connus dans cette mise à jour.
       *[other] Il existe { $count } problèmes connus dans cette mise à jour.
    }
render-download = Vous pouvez télécharger cette mise à jour à partir de l'emplacement suivant :

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Cet article

# rollup-name has no article ("correctif cumulatif 4"): "le" goes before it.
summary-kind = { $subject } { $kind ->
        [update_rollup] est le { rollup-name }
        [update_rollup_unnumbered] est un correctif cumulatif
        [hotfix] est un correctif
        [security_update] est une mise à jour de sécurité
        [security_bulletin] est un bulletin de sécurité
        [service_pack] est le Service Pack { $n }
        [howto] est un guide pratique
       *[other] est un article de la Base de connaissances Microsoft
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] est le { rollup-name } pour { $product }
        [update_rollup_unnumbered] est un correctif cumulatif pour { $product }
        [hotfix] est un correctif pour { $product }
        [security_update] est une mise à jour de sécurité pour { $product }
        [security_bulletin] est un bulletin de sécurité concernant { $product }
        [service_pack] décrit { $product }
        [howto] est un guide pratique concernant { $product }
       *[other] est un article concernant { $product }
    }.
# The label of cue-release-date.
summary-released = Date de publication : { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Cette mise à jour résout un problème.
        [many] Cette mise à jour résout { $count } problèmes.
       *[other] Cette mise à jour résout { $count } problèmes.
    }
summary-bulletins = { $count ->
        [one] Les vulnérabilités décrites dans le bulletin de sécurité { $bulletins } sont corrigées.
        [many] Les vulnérabilités décrites dans les bulletins de sécurité { $bulletins } sont corrigées.
       *[other] Les vulnérabilités décrites dans les bulletins de sécurité { $bulletins } sont corrigées.
    }
summary-replaces = { $count ->
        [one] La mise à jour { $list } est remplacée.
        [many] Les { $count } mises à jour antérieures suivantes sont remplacées : { $list }.
       *[other] Les { $count } mises à jour antérieures suivantes sont remplacées : { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases.
summary-restart = { $restart ->
        [reboot_required] Vous devez redémarrer l'ordinateur après avoir appliqué cette mise à jour.
        [reboot_may_be_required] Cette mise à jour peut nécessiter un redémarrage.
        [services_restarted] Les services requis sont automatiquement arrêtés puis redémarrés ; il n'est pas nécessaire de redémarrer l'ordinateur.
       *[none] Vous n'avez pas à redémarrer l'ordinateur après avoir appliqué cette mise à jour.
    }
summary-known-issues = { $count ->
        [one] Il existe un problème connu.
        [many] Il existe { $count } problèmes connus.
       *[other] Il existe { $count } problèmes connus.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Rapprochement de KB{ $kb } : { $original } → { $translation }
render-reconcile-none = Aucune différence constatée.
# Never used for 0 (render-reconcile-none is).
render-reconcile-count = { $count ->
        [one] Un constat.
        [many] { $count } constats.
       *[other] { $count } constats.
    }
render-reconcile-severity-critical = Critique
render-reconcile-severity-major = Majeur
render-reconcile-severity-minor = Mineur
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity } : { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = original : { $original } ; traduction : { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = La traduction correspond à un autre article
render-reconcile-identity-rollup = Le numéro du correctif cumulatif diffère
render-reconcile-identity-product = Le produit diffère
render-reconcile-identity-service-pack = Le Service Pack diffère
render-reconcile-identity-kind = Le type d'article diffère
render-reconcile-title-mismatch = Le titre indique d'autres numéros que l'original
render-reconcile-security-bulletins-missing = Il manque un bulletin de sécurité
render-reconcile-security-bulletins-extra = Un bulletin de sécurité a été ajouté
render-reconcile-fixed-issues-missing = Il manque un problème résolu
render-reconcile-fixed-issues-extra = Un problème résolu a été ajouté
render-reconcile-fixed-issues-changed = Un problème résolu a un autre numéro KB
render-reconcile-replaces-missing = Il manque une mise à jour remplacée
render-reconcile-replaces-extra = Une mise à jour remplacée a été ajoutée
render-reconcile-replaces-changed = Une mise à jour remplacée a un autre numéro KB
render-reconcile-removal-update-id = La mise à jour à supprimer diffère
render-reconcile-dates-release-date = La date de publication diffère
render-reconcile-sections-missing = Il manque une section
render-reconcile-sections-extra = Une section a été ajoutée
render-reconcile-known-issues-count = Le nombre de problèmes connus diffère
render-reconcile-numbers-changed = Un nombre, un code ou une adresse a été modifié
render-reconcile-numbers-missing = Il manque un nombre, un code ou une adresse
render-reconcile-numbers-extra = Un nombre, un code ou une adresse a été ajouté
render-reconcile-untranslated-block = Un paragraphe est encore dans la langue d'origine
render-reconcile-untranslated-declared = Des paragraphes sont signalés comme laissés dans la langue d'origine
render-reconcile-staleness-last-review = La dernière mise à jour de la traduction est antérieure à celle de l'original
render-reconcile-staleness-revision = La version de la traduction est plus ancienne
render-reconcile-staleness-machine-translated = La traduction est issue de la traduction automatique
render-reconcile-kb-mentions-missing = Il manque une référence KB
render-reconcile-kb-mentions-extra = Une référence KB a été ajoutée
render-reconcile-kb-mentions-changed = Une référence KB a un autre numéro

# Between the sentences of a summary.
summary-separator = {" "}
