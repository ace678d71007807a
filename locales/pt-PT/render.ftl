### kbnorm rendering messages: Portuguese, Portugal (pt-PT). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: correcção /
### correção, Service Pack, "Base de Dados de Conhecimento da Microsoft",
### Pré-requisitos; the security and rollup terms were not seen on a pt-PT page),
### research/label_notes_eu.md and this locale's kb.ftl, whose values keep the
### pre-2009 spelling of older pages (actualização, correcção): so do these.
### European usage, kept apart from pt-BR: actualização, no "você" (3rd person),
### "tem de", transferir, Painel de controlo, reinício, utilizar.
### Plurals (CLDR): one = 1, many = large round numbers (1 000 000: same text as
### other), other = everything else.
### Summary sentences after the first have no subject ("Corrige …"); the one
### participle ("Foi publicado") is masculine, like both subjects ("KB…",
### "Este artigo").

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update is a lower-case word, so it follows the title in
# parentheses; kind-hotfix ("CORRECÇÃO:") carries its own colon and leads it, as
# does kind-howto ("Como fazer").
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { kind-hotfix } { $title }
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Esta actualização resolve as vulnerabilidades descritas { $count ->
        [one] no Boletim de Segurança da Microsoft
        [many] nos Boletins de Segurança da Microsoft
       *[other] nos Boletins de Segurança da Microsoft
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Esta actualização corrige o seguinte problema:
        [many] Esta actualização corrige os seguintes { $count } problemas:
       *[other] Esta actualização corrige os seguintes { $count } problemas:
    }
render-replaces = { $count ->
        [one] Esta actualização substitui a seguinte actualização:
        [many] Esta actualização substitui as seguintes { $count } actualizações:
       *[other] Esta actualização substitui as seguintes { $count } actualizações:
    }
render-prerequisites = Para aplicar esta actualização, necessita do seguinte:
# cue-removal is an imperative ("remova a actualização 123456").
render-removal = Para remover esta actualização, utilize Adicionar ou remover programas no Painel de controlo. Em seguida, { cue-removal }.
render-known-issues = { $count ->
        [one] Existe um problema conhecido nesta actualização.
        [many] Existem { $count } problemas conhecidos nesta actualização.
       *[other] Existem { $count } problemas conhecidos nesta actualização.
    }
render-download = Pode transferir esta actualização a partir da seguinte localização:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Este artigo

# rollup-name has no article ("Actualização Cumulativa 4"): "a" goes before it.
# Products take "o", as in title-rollup ("para o { $product }").
summary-kind = { $subject } { $kind ->
        [update_rollup] é a { rollup-name }
        [update_rollup_unnumbered] é uma actualização cumulativa
        [hotfix] é uma correcção
        [security_update] é uma actualização de segurança
        [security_bulletin] é um boletim de segurança
        [service_pack] é o Service Pack { $n }
        [howto] é um guia prático
       *[other] é um artigo da Base de Dados de Conhecimento da Microsoft
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] é a { rollup-name } para o { $product }
        [update_rollup_unnumbered] é uma actualização cumulativa para o { $product }
        [hotfix] é uma correcção para o { $product }
        [security_update] é uma actualização de segurança para o { $product }
        [security_bulletin] é um boletim de segurança sobre o { $product }
        [service_pack] descreve o { $product }
        [howto] é um guia prático sobre o { $product }
       *[other] é um artigo sobre o { $product }
    }.
summary-released = Foi publicado a { DATETIME($date) }.
summary-fixes = { $count ->
        [one] Corrige um problema.
        [many] Corrige { $count } problemas.
       *[other] Corrige { $count } problemas.
    }
summary-bulletins = { $count ->
        [one] Resolve as vulnerabilidades descritas no Boletim de Segurança da Microsoft { $bulletins }.
        [many] Resolve as vulnerabilidades descritas nos Boletins de Segurança da Microsoft { $bulletins }.
       *[other] Resolve as vulnerabilidades descritas nos Boletins de Segurança da Microsoft { $bulletins }.
    }
summary-replaces = { $count ->
        [one] Substitui a actualização { $list }.
        [many] Substitui { $count } actualizações anteriores: { $list }.
       *[other] Substitui { $count } actualizações anteriores: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases. (Every restart-none form of kb.ftl
# contains a reboot-required phrase, e.g. "Não é necessário reiniciar o
# computador" ⊃ "é necessário reiniciar o computador".)
summary-restart = { $restart ->
        [reboot_required] Tem de reiniciar o computador depois de aplicar esta actualização.
        [reboot_may_be_required] Poderá ter de reiniciar o computador depois de aplicar esta actualização.
        [services_restarted] Os serviços necessários são automaticamente parados e reiniciados; não é preciso reiniciar o computador.
       *[none] Não é necessário reiniciar o computador depois de aplicar esta actualização.
    }
summary-known-issues = { $count ->
        [one] Existe um problema conhecido.
        [many] Existem { $count } problemas conhecidos.
       *[other] Existem { $count } problemas conhecidos.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Reconciliação do KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Não foram encontradas diferenças.
render-reconcile-count = { $count ->
        [one] Uma ocorrência.
        [many] { $count } ocorrências.
       *[other] { $count } ocorrências.
    }
render-reconcile-severity-critical = Crítico
render-reconcile-severity-major = Grave
render-reconcile-severity-minor = Ligeiro
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = original: { $original }; tradução: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = A tradução corresponde a outro artigo
render-reconcile-identity-rollup = O número da actualização cumulativa é diferente
render-reconcile-identity-product = O produto é diferente
render-reconcile-identity-service-pack = O Service Pack é diferente
render-reconcile-identity-kind = O tipo de artigo é diferente
render-reconcile-title-mismatch = O título indica números diferentes dos do original
render-reconcile-security-bulletins-missing = Falta um boletim de segurança
render-reconcile-security-bulletins-extra = Foi adicionado um boletim de segurança
render-reconcile-fixed-issues-missing = Falta um problema corrigido
render-reconcile-fixed-issues-extra = Foi adicionado um problema corrigido
render-reconcile-fixed-issues-changed = Um problema corrigido tem outro número de KB
render-reconcile-replaces-missing = Falta uma actualização substituída
render-reconcile-replaces-extra = Foi adicionada uma actualização substituída
render-reconcile-replaces-changed = Uma actualização substituída tem outro número de KB
render-reconcile-removal-update-id = A actualização a remover é diferente
render-reconcile-dates-release-date = A data de publicação é diferente
render-reconcile-sections-missing = Falta uma secção
render-reconcile-sections-extra = Foi adicionada uma secção
render-reconcile-known-issues-count = O número de problemas conhecidos é diferente
render-reconcile-numbers-changed = Foi alterado um número, código ou endereço
render-reconcile-numbers-missing = Falta um número, código ou endereço
render-reconcile-numbers-extra = Foi adicionado um número, código ou endereço
render-reconcile-untranslated-block = Um parágrafo ainda está na língua original
render-reconcile-untranslated-declared = Há parágrafos declarados como mantidos na língua original
render-reconcile-staleness-last-review = A última revisão da tradução é anterior à do original
render-reconcile-staleness-revision = A tradução tem uma revisão mais antiga
render-reconcile-staleness-machine-translated = A tradução foi feita por tradução automática
render-reconcile-kb-mentions-missing = Falta uma referência a um KB
render-reconcile-kb-mentions-extra = Foi adicionada uma referência a um KB
render-reconcile-kb-mentions-changed = Uma referência a um KB tem outro número

# Between the sentences of a summary.
summary-separator = {" "}
