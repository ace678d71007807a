### kbnorm locale data: Portuguese, Portugal (pt-PT). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the pt-PT excerpts of the shared corpus (used as vocabulary only).
### A leading "~" marks a form not yet seen on a real page.
### Notes: "Sumário" IS the summary (On-this-page is "Nesta página"); older pages keep the
### pre-2009 spelling (actualização, correcção, secção) and capitalise month names.

## Identity of the locale

locale-name = Português (Portugal)
locale-whatlang = por

## Section headings

heading-summary = Sumário
    .match =
        ~Resumo
heading-introduction = Introdução
heading-symptoms = Sintomas
heading-cause = Causa
heading-resolution = Resolução
heading-workaround = ~Como contornar
    .match =
        ~Solução alternativa
heading-status = ~Estado
heading-more-information = Mais Informação
    .match =
        ~Mais informações
heading-issues-fixed = ~Problemas corrigidos pela actualização cumulativa
    .match =
        ~Problemas corrigidos pela atualização cumulativa
        ~Problemas corrigidos por esta actualização
        ~Problemas corrigidos por esta atualização
        ~Problemas corrigidos
heading-service-pack-information = ~Informações sobre o Service Pack
heading-update-rollup-information = ~Informações sobre a actualização cumulativa
    .match =
        ~Informações sobre a atualização cumulativa
heading-download-information = ~Como obter a actualização cumulativa
    .match =
        ~Como obter a atualização cumulativa
        ~Como obter esta actualização
        ~Como obter esta atualização
        ~Informações de transferência
heading-update-replacement = ~Informações de substituição da correcção
    .match =
        ~Informações de substituição da correção
        ~Informações de substituição
heading-prerequisites = Pré-requisitos
heading-restart-requirement = ~Requisito de reinício
    .match =
        ~Requisitos de reinício
heading-removal-information = ~Informações de remoção
heading-owa-customization = ~Informações importantes para utilizadores do Outlook Web Access sobre a personalização do Outlook Web Access
    .match =
        ~Personalização do Outlook Web Access
heading-known-issues = ~Problemas conhecidos
heading-file-information = ~Informações sobre ficheiros
    .match =
        ~Informações de ficheiro
heading-hotfix-information = Informações sobre correção
    .match =
        ~Informações sobre correcção
        ~Informações sobre a correção
        ~Informações sobre a correcção
heading-references = ~Referências
heading-applies-to = ~Aplica-se a
heading-keywords = ~Palavras-chave
heading-properties = ~Propriedades

heading-known-issue-item = ~Problema { $n }

## Page chrome

chrome = Traduções de Artigos
    .match =
        Expandir tudo | Reduzir tudo
        Ver produtos para os quais este artigo se aplica.

chrome-line = Nesta página
    .match =
        Este artigo poderá conter hiperligações para conteúdo em inglês (ainda não traduzido).
        Iniciar sessão com a Microsoft
        Iniciar sessão ou criar uma conta.
        Olá,
        Selecione uma conta diferente.
        Tem várias contas
        Selecione a conta com a qual pretende iniciar sessão.

## Facts

cue-article-id = Artigo : { $kb }
cue-last-review = Última revisão : { $date }
cue-revision = Revisão : { $revision }
cue-release-date = ~Data de publicação : { $date }
    .match =
        ~Data de lançamento : { $date }
        ~datada de { $date }
cue-removal = ~remova a actualização { $kb }
    .match =
        ~remova a atualização { $kb }
        ~remover a actualização { $kb }
        ~remover a atualização { $kb }
        ~desinstale a actualização { $kb }
cue-translation-of = ~A versão inglesa deste artigo é a seguinte : { $kb }
    .match =
        ~Clique aqui para ver a versão em inglês deste artigo : { $kb }
        ~Este artigo é uma tradução do seguinte artigo em inglês : { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Texto na língua original ({ $language }):
cue-machine-translated = ~Este artigo foi traduzido automaticamente
    .match =
        ~Este artigo foi traduzido por um sistema de tradução automática

# The update rollup as a name with its number.
rollup-name = ~Actualização Cumulativa { $n }
    .match =
        ~Atualização Cumulativa { $n }
        ~Pacote de Actualização Cumulativa { $n }

title-rollup = ~Descrição da { rollup-name } para o { $product }
    .match =
        ~Descrição da { rollup-name } para { $product }
        ~Descrição do { rollup-name } para o { $product }

title-stop = Este artigo
    .match =
        ~A Microsoft disponibilizou

## Restart requirement

restart-reboot-required = ~Tem de reiniciar o computador
    .match =
        ~é necessário reiniciar o computador
        ~requer um reinício
restart-reboot-may-be-required = ~Esta actualização pode exigir um reinício
    .match =
        ~pode exigir um reinício
        ~poderá ter de reiniciar o computador
restart-services-restarted = ~Os serviços necessários são automaticamente parados e reiniciados
    .match =
        ~serviços são automaticamente parados e reiniciados
restart-none = ~Não é necessário reiniciar o computador
    .match =
        ~Não tem de reiniciar o computador
        ~não requer um reinício

## Kinds

kind-security-update = ~actualização de segurança
    .match =
        ~atualização de segurança
kind-hotfix = ~CORRECÇÃO:
    .match =
        ~CORREÇÃO:
kind-service-pack = ~Descrição { $product } Service Pack { $n }
kind-howto = ~Como fazer

## Dates

date = { $day } de { $month } de { $year }
    .match =
        { date-weekday }, { $day } de { $month } de { $year }
        ~{ $day }/{ $month_num }/{ $year }

# Weekday names, used by the date forms above ("terça-feira, 11 de Dezembro de 2007").
date-weekday = ~segunda-feira
    .match =
        terça-feira
        ~quarta-feira
        ~quinta-feira
        ~sexta-feira
        ~sábado
        ~domingo

# Older pages capitalise month names ("Dezembro"); matching ignores case.
month-1 = ~janeiro
    .match = ~jan.
month-2 = ~fevereiro
    .match = ~fev.
month-3 = ~março
    .match = ~mar.
month-4 = ~abril
    .match = ~abr.
month-5 = ~maio
    .match = ~mai.
month-6 = ~junho
    .match = ~jun.
month-7 = ~julho
    .match = ~jul.
month-8 = ~agosto
    .match = ~ago.
month-9 = ~setembro
    .match = ~set.
month-10 = ~outubro
    .match = ~out.
month-11 = ~novembro
    .match = ~nov.
month-12 = dezembro
    .match = ~dez.

## Language identification: words of European usage (contudo por conseguinte pretende, ficheiro
## utilizador ecrã …, the pre-2009 spelling); no word shared with pt-BR or another locale.

stopwords = contudo conseguinte pretende predefinido predefinição ficheiro ficheiros utilizador utilizadores ecrã registo equipa definições ligação ligações actualização actualizações correcção correcções secção objecto objectos acção facto directório carregue premir rato telemóvel
