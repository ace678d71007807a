### kbnorm rendering messages: Spanish (es). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: actualización
### de seguridad, revisión, Boletín de seguridad, Service Pack, "Publicado",
### "Microsoft Knowledge Base", "Ubicaciones de descarga"), research/label_notes_eu.md
### and this locale's kb.ftl ("paquete acumulativo de actualizaciones" is
### unverified there: no Spanish rollup page was found).
### Plurals (CLDR): one = 1, many = large round numbers (1 000 000: same text as
### other), other = everything else.
### Summary sentences after the first have no subject ("Corrige …", "Se publicó …"),
### so nothing has to agree with "KB…" or "Este artículo".

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update is a lower-case word, so it follows the title in
# parentheses; kind-hotfix ("REVISIÓN:") carries its own colon and leads it, as
# does kind-howto ("Cómo").
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { kind-hotfix } { $title }
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Esta actualización resuelve las vulnerabilidades que se describen en { $count ->
        [one] el boletín de seguridad
        [many] los boletines de seguridad
       *[other] los boletines de seguridad
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Esta actualización corrige el problema siguiente:
        [many] Esta actualización corrige los { $count } problemas siguientes:
       *[other] Esta actualización corrige los { $count } problemas siguientes:
    }
render-replaces = { $count ->
        [one] Esta actualización reemplaza a la actualización siguiente:
        [many] Esta actualización reemplaza a las { $count } actualizaciones siguientes:
       *[other] Esta actualización reemplaza a las { $count } actualizaciones siguientes:
    }
render-prerequisites = Para aplicar esta actualización, debe tener lo siguiente:
# cue-removal is an imperative ("quite la actualización 123456").
render-removal = Para quitar esta actualización, use Agregar o quitar programas en el Panel de control. A continuación, { cue-removal }.
render-known-issues = { $count ->
        [one] Hay un problema conocido en esta actualización.
        [many] Hay { $count } problemas conocidos en esta actualización.
       *[other] Hay { $count } problemas conocidos en esta actualización.
    }
render-download = Puede descargar esta actualización desde la ubicación siguiente:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Este artículo

# rollup-name has no article ("paquete acumulativo de actualizaciones 4"): "el" goes before it.
summary-kind = { $subject } { $kind ->
        [update_rollup] es el { rollup-name }
        [update_rollup_unnumbered] es un paquete acumulativo de actualizaciones
        [hotfix] es una revisión
        [security_update] es una actualización de seguridad
        [security_bulletin] es un boletín de seguridad
        [service_pack] es el Service Pack { $n }
        [howto] es una guía práctica
       *[other] es un artículo de Microsoft Knowledge Base
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] es el { rollup-name } para { $product }
        [update_rollup_unnumbered] es un paquete acumulativo de actualizaciones para { $product }
        [hotfix] es una revisión para { $product }
        [security_update] es una actualización de seguridad para { $product }
        [security_bulletin] es un boletín de seguridad sobre { $product }
        [service_pack] describe { $product }
        [howto] es una guía práctica sobre { $product }
       *[other] es un artículo sobre { $product }
    }.
summary-released = Se publicó el { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Corrige un problema.
        [many] Corrige { $count } problemas.
       *[other] Corrige { $count } problemas.
    }
summary-bulletins = { $count ->
        [one] Resuelve las vulnerabilidades que se describen en el boletín de seguridad { $bulletins }.
        [many] Resuelve las vulnerabilidades que se describen en los boletines de seguridad { $bulletins }.
       *[other] Resuelve las vulnerabilidades que se describen en los boletines de seguridad { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Reemplaza a la actualización { $list }.
        [many] Reemplaza a { $count } actualizaciones anteriores: { $list }.
       *[other] Reemplaza a { $count } actualizaciones anteriores: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases, and the none sentence avoids the
# forms that contain a reboot-required phrase ("no tiene que reiniciar el
# equipo", "no requiere un reinicio").
summary-restart = { $restart ->
        [reboot_required] Debe reiniciar el equipo después de aplicar esta actualización.
        [reboot_may_be_required] Es posible que esta actualización requiera un reinicio.
        [services_restarted] Los servicios necesarios se detienen automáticamente y luego se reinician; el equipo no necesita reiniciarse.
       *[none] No es necesario reiniciar el equipo después de aplicar esta actualización.
    }
summary-known-issues = { $count ->
        [one] Tiene un problema conocido.
        [many] Tiene { $count } problemas conocidos.
       *[other] Tiene { $count } problemas conocidos.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Conciliación de KB{ $kb }: { $original } → { $translation }
render-reconcile-none = No se encontraron diferencias.
render-reconcile-count = { $count ->
        [one] Un hallazgo.
        [many] { $count } hallazgos.
       *[other] { $count } hallazgos.
    }
render-reconcile-severity-critical = Crítico
render-reconcile-severity-major = Grave
render-reconcile-severity-minor = Leve
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = original: { $original }; traducción: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = La traducción corresponde a otro artículo
render-reconcile-identity-rollup = El número del paquete acumulativo de actualizaciones no coincide
render-reconcile-identity-product = El producto no coincide
render-reconcile-identity-service-pack = El Service Pack no coincide
render-reconcile-identity-kind = El tipo de artículo no coincide
render-reconcile-title-mismatch = El título indica números distintos de los del original
render-reconcile-security-bulletins-missing = Falta un boletín de seguridad
render-reconcile-security-bulletins-extra = Se agregó un boletín de seguridad
render-reconcile-fixed-issues-missing = Falta un problema corregido
render-reconcile-fixed-issues-extra = Se agregó un problema corregido
render-reconcile-fixed-issues-changed = Un problema corregido tiene otro número de KB
render-reconcile-replaces-missing = Falta una actualización reemplazada
render-reconcile-replaces-extra = Se agregó una actualización reemplazada
render-reconcile-replaces-changed = Una actualización reemplazada tiene otro número de KB
render-reconcile-removal-update-id = La actualización que se debe quitar no coincide
render-reconcile-dates-release-date = La fecha de publicación no coincide
render-reconcile-sections-missing = Falta una sección
render-reconcile-sections-extra = Se agregó una sección
render-reconcile-known-issues-count = El número de problemas conocidos no coincide
render-reconcile-numbers-changed = Se cambió un número, código o dirección
render-reconcile-numbers-missing = Falta un número, código o dirección
render-reconcile-numbers-extra = Se agregó un número, código o dirección
render-reconcile-untranslated-block = Un párrafo sigue en el idioma original
render-reconcile-untranslated-declared = Se indica que hay párrafos en el idioma original
render-reconcile-staleness-last-review = La traducción se revisó por última vez antes que el original
render-reconcile-staleness-revision = La traducción tiene una revisión anterior
render-reconcile-staleness-machine-translated = La traducción se realizó con traducción automática
render-reconcile-kb-mentions-missing = Falta una referencia de KB
render-reconcile-kb-mentions-extra = Se agregó una referencia de KB
render-reconcile-kb-mentions-changed = Una referencia de KB tiene otro número

# Between the sentences of a summary.
summary-separator = {" "}
