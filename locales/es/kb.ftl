### kbnorm locale data: Spanish (es). Format: see locales/en/kb.ftl.
### Sources: research/terms_romance_slavic.md ("seen" strings), research/label_notes_eu.md,
### and the Spanish excerpts of the shared corpus (used as vocabulary only).
### A leading "~" marks a form not yet seen on a real page.

## Identity of the locale

locale-name = Español
locale-whatlang = spa

## Section headings

heading-summary = Resumen
    .match =
        Resumen ejecutivo
heading-introduction = Introducción
heading-symptoms = Síntomas
heading-cause = ~Causa
heading-resolution = Solución
    .match =
        ~Resolución
heading-workaround = ~Solución alternativa
    .match =
        ~Soluciones alternativas
heading-status = ~Estado
heading-more-information = Más información
    .match =
        ~Información adicional
heading-issues-fixed = ~Problemas que corrige el paquete acumulativo de actualizaciones
    .match =
        ~Problemas que se corrigen en el paquete acumulativo de actualizaciones
        ~Problemas que corrige esta actualización
        ~Problemas que se corrigen
heading-service-pack-information = ~Información del Service Pack
    .match =
        ~Información sobre el Service Pack
heading-update-rollup-information = ~Información del paquete acumulativo de actualizaciones
heading-download-information = ~Cómo obtener el paquete acumulativo de actualizaciones
    .match =
        ~Cómo obtener esta actualización
        ~Información de descarga
heading-update-replacement = ~Información de reemplazo de la revisión
    .match =
        ~Información de reemplazo
heading-prerequisites = ~Requisitos previos
heading-restart-requirement = ~Requisito de reinicio
    .match =
        ~Requisitos de reinicio
heading-removal-information = ~Información de eliminación
    .match =
        ~Información sobre la eliminación
heading-owa-customization = ~Información importante para los usuarios de Outlook Web Access acerca de la personalización de Outlook Web Access
    .match =
        ~Personalización de Outlook Web Access
heading-known-issues = ~Problemas conocidos
    .match =
        ~Problemas conocidos de esta actualización
heading-file-information = ~Información de archivos
    .match =
        ~Información del archivo
heading-hotfix-information = Información de la revisión
    .match =
        ~Información sobre la revisión
heading-references = ~Referencias
heading-applies-to = Se aplica a
    .match =
        Se refiere a
        ~La información de este artículo se refiere a
heading-keywords = ~Palabras clave
heading-properties = ~Propiedades

heading-known-issue-item = ~Problema { $n }

## Page chrome

chrome = Seleccione idioma
    .match =
        Expandir todo | Contraer todo
        Ver los productos a los que se aplica este artículo

chrome-line = En esta página
    .match =
        Compartir a través de
        Iniciar sesión con Microsoft
        Iniciar sesión o crear una cuenta
        Hola:
        Seleccione una cuenta diferente.
        Tiene varias cuentas
        Elija la cuenta con la que desea iniciar sesión.
        Haga clic aquí para instalar Silverlight*
        LatinoaméricaCambiar|Todos los sitios de Microsoft

## Facts

cue-article-id = Id. de artículo : { $kb }
    .match =
        Número de KB original : { $kb }
cue-last-review = ~Última revisión : { $date }
    .match =
        Última modificación del tema : { $date }
cue-revision = ~Revisión : { $revision }
    .match =
        Versión : { $revision }
cue-release-date = Publicado : { $date }
    .match =
        ~Fecha de publicación : { $date }
        ~con fecha { $date }
cue-removal = ~quite la actualización { $kb }
    .match =
        ~quitar la actualización { $kb }
        ~desinstale la actualización { $kb }
        ~desinstalar la actualización { $kb }
cue-translation-of = ~La versión en inglés de este artículo es la siguiente : { $kb }
    .match =
        ~Haga clic aquí para ver la versión en inglés de este artículo : { $kb }
        ~Este artículo es una traducción del siguiente artículo en inglés : { $kb }
# kbnorm's marker before text left in its original language ($language: that language's `locale-name`).
cue-original-text = Texto original ({ $language }):
cue-machine-translated = Este artículo se ha traducido con traducción automática
    .match =
        ~Este artículo ha sido traducido por un software de traducción automática
        ~Este artículo se ha traducido mediante el software de traducción automática

# The update rollup as a name with its number.
rollup-name = ~paquete acumulativo de actualizaciones { $n }
    .match =
        ~paquete de actualizaciones acumulativas { $n }

title-rollup = ~Descripción del { rollup-name } para { $product }

title-stop = En este artículo
    .match =
        ~Este artículo
        ~Microsoft ha publicado

## Restart requirement

restart-reboot-required = ~Debe reiniciar el equipo
    .match =
        ~tiene que reiniciar el equipo
        ~requiere un reinicio
restart-reboot-may-be-required = ~Es posible que esta actualización requiera un reinicio
    .match =
        ~puede requerir un reinicio
        ~es posible que tenga que reiniciar el equipo
restart-services-restarted = ~Los servicios necesarios se detienen automáticamente y luego se reinician
    .match =
        ~servicios se detienen automáticamente y luego se reinician
restart-none = ~No es necesario reiniciar el equipo
    .match =
        ~no tiene que reiniciar el equipo
        ~no requiere un reinicio

## Kinds

kind-security-update = actualización de seguridad
kind-hotfix = ~REVISIÓN:
kind-service-pack = ~Descripción { $product } Service Pack { $n }
kind-howto = Cómo

## Dates

date = { $day } de { $month } de { $year }
    .match =
        { $month } { $day }, { $year }
        ~{ date-weekday }, { $day } de { $month } de { $year }
        ~{ date-weekday } { $day } de { $month } de { $year }
        ~{ $day }/{ $month_num }/{ $year }

# Weekday names, used by the date forms above.
date-weekday = ~lunes
    .match =
        ~martes
        ~miércoles
        ~jueves
        ~viernes
        ~sábado
        ~domingo

month-1 = ~enero
    .match = ~ene.
month-2 = ~febrero
    .match = ~feb.
month-3 = ~marzo
    .match = ~mar.
month-4 = abril
    .match = ~abr.
month-5 = mayo
month-6 = ~junio
    .match = ~jun.
month-7 = ~julio
    .match = ~jul.
month-8 = agosto
    .match = ~ago.
month-9 = ~septiembre
    .match =
        ~setiembre
        ~sep.
month-10 = ~octubre
    .match = ~oct.
month-11 = ~noviembre
    .match = ~nov.
month-12 = ~diciembre
    .match = ~dic.

## Language identification: frequent, distinctive function words.

stopwords = el los las del al y pero sus también cuando usted puede hay muy más esto estos ese esa ningún según sólo están son es han haga siguiente mismo
