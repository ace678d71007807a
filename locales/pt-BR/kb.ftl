### kbnorm locale data: Portuguese, Brazil (pt-BR). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the pt-BR excerpts of the shared corpus (used as vocabulary only).
### A leading "~" marks a form not yet seen on a real page (a form seen only on a
### pt-PT page is still marked here).
### Note: "Sumário" IS the summary; the On-this-page label is "Neste artigo".

## Identity of the locale

locale-name = Português (Brasil)
locale-whatlang = por

## Section headings

heading-summary = Sumário
    .match =
        Resumo
        Resumo executivo
heading-introduction = ~Introdução
heading-symptoms = Sintomas
heading-cause = ~Causa
heading-resolution = Resolução
heading-workaround = ~Solução alternativa
    .match =
        ~Como contornar
heading-status = ~Status
heading-more-information = Mais Informações
heading-issues-fixed = ~Problemas corrigidos pelo pacote cumulativo de atualizações
    .match =
        ~Problemas corrigidos por esta atualização
        ~Problemas corrigidos
heading-service-pack-information = ~Informações sobre o service pack
heading-update-rollup-information = ~Informações sobre o pacote cumulativo de atualizações
heading-download-information = ~Como obter o pacote cumulativo de atualizações
    .match =
        ~Como obter esta atualização
        ~Informações sobre download
heading-update-replacement = ~Informações sobre substituição de hotfix
    .match =
        ~Informações sobre substituição
heading-prerequisites = ~Pré-requisitos
heading-restart-requirement = ~Requisitos de reinicialização
    .match =
        ~Necessidade de reinicialização
        ~Informações sobre reinicialização
heading-removal-information = ~Informações sobre remoção
heading-owa-customization = ~Informações importantes para usuários do Outlook Web Access sobre a personalização do Outlook Web Access
    .match =
        ~Personalização do Outlook Web Access
heading-known-issues = Problemas conhecidos
heading-file-information = ~Informações sobre arquivos
    .match =
        ~Informações do arquivo
heading-hotfix-information = Informações sobre o hotfix
heading-references = ~Referências
heading-applies-to = Aplica-se a
    .match =
        ~A informação contida neste artigo aplica-se a
heading-keywords = ~Palavras-chave
heading-properties = ~Propriedades

heading-known-issue-item = ~Problema { $n }

## Page chrome

chrome = Traduções deste artigo
    .match =
        Expandir tudo | Recolher tudo
        Exibir os produtos aos quais esse artigo se aplica.
        voltar para o topo
        (em inglês)

chrome-line = Neste artigo
    .match =
        Boletim de Segurança
        Entrar com a conta da Microsoft
        Entrar ou criar uma conta.
        Olá,
        Selecionar uma conta diferente.
        Você tem várias contas
        Escolha a conta com a qual você deseja entrar.
        Clique aqui para instalar o Silverlight*
        BrasilAlterar|Todos os sites da Microsoft

## Facts

cue-article-id = ID do artigo : { $kb }
cue-last-review = ~Última revisão : { $date }
    .match =
        Tópico modificado em : { $date }
cue-revision = ~Revisão : { $revision }
    .match =
        Versão : { $revision }
cue-release-date = Publicado em : { $date }
    .match =
        Publicado : { $date }
        ~Data de lançamento : { $date }
        ~datado de { $date }
cue-removal = ~remova a atualização { $kb }
    .match =
        ~remover a atualização { $kb }
        ~desinstale a atualização { $kb }
        ~desinstalar a atualização { $kb }
cue-translation-of = ~A versão em inglês deste artigo é a seguinte : { $kb }
    .match =
        ~Clique aqui para ver a versão em inglês deste artigo : { $kb }
        ~Este artigo é uma tradução do seguinte artigo em inglês : { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Texto no idioma original ({ $language }):
cue-machine-translated = ~Este artigo foi traduzido automaticamente
    .match =
        ~Este artigo foi traduzido por um sistema de tradução automática
        ~Este artigo foi traduzido pelo software de tradução automática

# The update rollup as a name with its number.
rollup-name = ~Pacote Cumulativo de Atualizações { $n }
    .match =
        ~pacote de atualizações cumulativas { $n }

title-rollup = ~Descrição do { rollup-name } para o { $product }
    .match =
        ~Descrição do { rollup-name } para { $product }

title-stop = Este artigo
    .match =
        ~A Microsoft lançou

## Restart requirement

restart-reboot-required = ~Você deve reiniciar o computador
    .match =
        ~é necessário reiniciar o computador
        ~requer uma reinicialização
restart-reboot-may-be-required = ~Esta atualização pode exigir uma reinicialização
    .match =
        ~pode exigir uma reinicialização
        ~talvez seja necessário reiniciar o computador
restart-services-restarted = ~Os serviços necessários são interrompidos automaticamente e, em seguida, reiniciados
    .match =
        ~serviços são interrompidos automaticamente e, em seguida, reiniciados
restart-none = ~Não é necessário reiniciar o computador
    .match =
        ~Você não precisa reiniciar o computador
        ~não requer uma reinicialização

## Kinds

kind-security-update = atualização de segurança
kind-hotfix = ~CORREÇÃO:
kind-service-pack = ~Descrição { $product } Service Pack { $n }
kind-howto = COMO FAZER

## Dates

date = { $day } de { $month } de { $year }
    .match =
        { date-weekday }, { $day } de { $month } de { $year }
        ~{ $day }/{ $month_num }/{ $year }

# Weekday names, used by the date forms above ("terça-feira, 13 de outubro de 2015").
date-weekday = ~segunda-feira
    .match =
        terça-feira
        ~quarta-feira
        ~quinta-feira
        ~sexta-feira
        ~sábado
        ~domingo

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
month-6 = junho
    .match = ~jun.
month-7 = ~julho
    .match = ~jul.
month-8 = ~agosto
    .match = ~ago.
month-9 = setembro
    .match = ~set.
month-10 = outubro
    .match = ~out.
month-11 = ~novembro
    .match = ~nov.
month-12 = dezembro
    .match = ~dez.

## Language identification: words of Brazilian usage (você esse isso somente, usuário arquivo tela …);
## no word shared with pt-PT or another locale, so that only the variant words decide.

stopwords = você vocês esse essa isso nesse nessa desse dessa somente observação usuário usuários arquivo arquivos tela telas baixar exibir equipe gerenciador gerenciamento aplicativo aplicativos contato seção selecionar ativar planilha diretório fato padrão
