### kbnorm rendering messages: Portuguese, Brazil (pt-BR). Format: see locales/en/render.ftl.
###
### Messages only the renderer uses (`render-*`, `summary-*`); everything shared
### with the parser is in kb.ftl and referenced from here. These sentences are
### composed by kbnorm, not copied from Microsoft pages.
### Terminology: research/terms_romance_slavic.md ("seen" strings: atualização de
### segurança, hotfix, Boletim de Segurança da Microsoft, Service Pack, "Publicado
### em", "Fazer o download", "Base de Dados de Conhecimento Microsoft"),
### research/label_notes_eu.md and this locale's kb.ftl ("Pacote Cumulativo de
### Atualizações" is unverified there).
### Brazilian usage, kept apart from pt-PT: atualização, você, fazer o download,
### Painel de controle, "a seguir".
### Plurals (CLDR): one = 0 and 1, many = large round numbers (1 000 000: same
### text as other), other = everything else.
### Summary sentences after the first have no subject ("Corrige …"); the one
### participle ("Foi publicado") is masculine, like both subjects ("KB…",
### "Este artigo").

## Article

# The service pack must follow the product name directly: the parser reads it there.
render-product-service-pack = { $product } Service Pack { $n }

# kind-security-update is a lower-case word, so it follows the title in
# parentheses; kind-hotfix ("CORREÇÃO:") carries its own colon and leads it, as
# does kind-howto ("COMO FAZER", seen as "COMO FAZER:").
render-title-security-update = { $title } ({ kind-security-update })
render-title-hotfix = { kind-hotfix } { $title }
render-title-howto = { kind-howto }: { $title }

render-original-text = { cue-original-text }

## Lead-in sentences

render-security-bulletins = Esta atualização resolve as vulnerabilidades descritas { $count ->
        [one] no Boletim de Segurança da Microsoft
        [many] nos Boletins de Segurança da Microsoft
       *[other] nos Boletins de Segurança da Microsoft
    } { $bulletins }.
render-issues-fixed = { $count ->
        [one] Esta atualização corrige o seguinte problema:
        [many] Esta atualização corrige os { $count } problemas a seguir:
       *[other] Esta atualização corrige os { $count } problemas a seguir:
    }
render-replaces = { $count ->
        [one] Esta atualização substitui a seguinte atualização:
        [many] Esta atualização substitui as { $count } atualizações a seguir:
       *[other] Esta atualização substitui as { $count } atualizações a seguir:
    }
render-prerequisites = Para aplicar esta atualização, você deve ter o seguinte:
# cue-removal is an imperative ("remova a atualização 123456").
render-removal = Para remover esta atualização, use Adicionar ou remover programas no Painel de controle. Em seguida, { cue-removal }.
render-known-issues = { $count ->
        [one] Há um problema conhecido nesta atualização.
        [many] Há { $count } problemas conhecidos nesta atualização.
       *[other] Há { $count } problemas conhecidos nesta atualização.
    }
render-download = Você pode fazer o download desta atualização no seguinte local:

# A KB number in a list (the replaced updates of a summary).
render-kb-number = KB{ $kb }

## Summary

summary-subject-kb = KB{ $kb }
summary-subject-none = Este artigo

# rollup-name has no article ("Pacote Cumulativo de Atualizações 4"): "o" goes
# before it. Products take "o", as in title-rollup ("para o { $product }").
summary-kind = { $subject } { $kind ->
        [update_rollup] é o { rollup-name }
        [update_rollup_unnumbered] é um pacote cumulativo de atualizações
        [hotfix] é um hotfix
        [security_update] é uma atualização de segurança
        [security_bulletin] é um boletim de segurança
        [service_pack] é o Service Pack { $n }
        [howto] é um guia prático
       *[other] é um artigo da Base de Dados de Conhecimento Microsoft
    }.
summary-kind-product = { $subject } { $kind ->
        [update_rollup] é o { rollup-name } para o { $product }
        [update_rollup_unnumbered] é um pacote cumulativo de atualizações para o { $product }
        [hotfix] é um hotfix para o { $product }
        [security_update] é uma atualização de segurança para o { $product }
        [security_bulletin] é um boletim de segurança sobre o { $product }
        [service_pack] descreve o { $product }
        [howto] é um guia prático sobre o { $product }
       *[other] é um artigo sobre o { $product }
    }.
summary-released = Foi publicado em { DATETIME($date) }.
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
        [one] Substitui a atualização { $list }.
        [many] Substitui { $count } atualizações anteriores: { $list }.
       *[other] Substitui { $count } atualizações anteriores: { $list }.
    }
# Each sentence contains the matching restart-* phrase of kb.ftl; the services
# sentence avoids the restart-none phrases, and the none sentence uses the one
# none form that contains no reboot-required phrase ("Não é necessário reiniciar
# o computador" contains "é necessário reiniciar o computador").
summary-restart = { $restart ->
        [reboot_required] Você deve reiniciar o computador depois de aplicar esta atualização.
        [reboot_may_be_required] Talvez seja necessário reiniciar o computador depois de aplicar esta atualização.
        [services_restarted] Os serviços necessários são interrompidos automaticamente e, em seguida, reiniciados; não é preciso reiniciar o computador.
       *[none] Você não precisa reiniciar o computador depois de aplicar esta atualização.
    }
summary-known-issues = { $count ->
        [one] Há um problema conhecido.
        [many] Há { $count } problemas conhecidos.
       *[other] Há { $count } problemas conhecidos.
    }

render-list-separator = {", "}

# A phrase from kb.ftl (a restart requirement) made a sentence.
render-sentence = { $text }.

## Reconciliation report (kbnorm reconcile --format text)

# Heading of the report; $kb may be "?".
render-reconcile-title = Reconciliação do KB{ $kb }: { $original } → { $translation }
render-reconcile-none = Nenhuma diferença encontrada.
# Never used for 0 (render-reconcile-none is).
render-reconcile-count = { $count ->
        [one] Uma ocorrência.
        [many] { $count } ocorrências.
       *[other] { $count } ocorrências.
    }
render-reconcile-severity-critical = Crítico
render-reconcile-severity-major = Grave
render-reconcile-severity-minor = Leve
# One finding: $severity (one of the three above), $what (a check below), $location.
render-reconcile-finding = { $severity }: { $what } ({ $location })
# The two values of a finding; "—" stands for none.
render-reconcile-values = original: { $original }; tradução: { $translation }
# One message per check id (dots and underscores as hyphens).
render-reconcile-identity-kb-id = A tradução corresponde a outro artigo
render-reconcile-identity-rollup = O número do pacote cumulativo de atualizações é diferente
render-reconcile-identity-product = O produto é diferente
render-reconcile-identity-service-pack = O Service Pack é diferente
render-reconcile-identity-kind = O tipo de artigo é diferente
render-reconcile-title-mismatch = O título indica números diferentes dos do original
render-reconcile-security-bulletins-missing = Falta um boletim de segurança
render-reconcile-security-bulletins-extra = Foi adicionado um boletim de segurança
render-reconcile-fixed-issues-missing = Falta um problema corrigido
render-reconcile-fixed-issues-extra = Foi adicionado um problema corrigido
render-reconcile-fixed-issues-changed = Um problema corrigido tem outro número de KB
render-reconcile-replaces-missing = Falta uma atualização substituída
render-reconcile-replaces-extra = Foi adicionada uma atualização substituída
render-reconcile-replaces-changed = Uma atualização substituída tem outro número de KB
render-reconcile-removal-update-id = A atualização a ser removida é diferente
render-reconcile-dates-release-date = A data de publicação é diferente
render-reconcile-sections-missing = Falta uma seção
render-reconcile-sections-extra = Foi adicionada uma seção
render-reconcile-known-issues-count = O número de problemas conhecidos é diferente
render-reconcile-numbers-changed = Foi alterado um número, código ou endereço
render-reconcile-numbers-missing = Falta um número, código ou endereço
render-reconcile-numbers-extra = Foi adicionado um número, código ou endereço
render-reconcile-untranslated-block = Um parágrafo ainda está no idioma original
render-reconcile-untranslated-declared = Há parágrafos declarados como mantidos no idioma original
render-reconcile-staleness-last-review = A última revisão da tradução é anterior à do original
render-reconcile-staleness-revision = A tradução tem uma revisão mais antiga
render-reconcile-staleness-machine-translated = A tradução foi feita por tradução automática
render-reconcile-kb-mentions-missing = Falta uma referência a um KB
render-reconcile-kb-mentions-extra = Foi adicionada uma referência a um KB
render-reconcile-kb-mentions-changed = Uma referência a um KB tem outro número

# Between the sentences of a summary.
summary-separator = {" "}
