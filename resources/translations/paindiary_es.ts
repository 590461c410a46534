<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Daily</source>
            <translation>Diaria</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Antes de una actualización</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Antes de una importación</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>Before deleting all data</source>
            <translation>Antes de borrar todos los datos</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Hecha por usted</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Backups of your diary</source>
            <translation>Copias de seguridad de su diario</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <source>Make a backup of your diary now</source>
            <translation>Hacer ahora una copia de seguridad de su diario</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>Check that the selected backup is intact</source>
            <translation>Comprobar que la copia seleccionada está intacta</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Replace your diary with the selected backup (your diary is backed up first)</source>
            <translation>Sustituir su diario por la copia seleccionada (antes se hace una copia de su diario)</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Show the folder that holds the backups in your file manager</source>
            <translation>Mostrar en el gestor de archivos la carpeta con las copias</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>paindiary backs up your diary once a day, and before every upgrade, import and restore. It keeps the last 7 days, 4 weeks and 12 months, and every backup you make yourself, in:
{folder}</source>
            <translation>paindiary hace una copia de su diario una vez al día y antes de cada actualización, importación y restauración. Conserva los últimos 7 días, 4 semanas y 12 meses, y cada copia que haga usted, en:
{folder}</translation>
        </message>
        <message>
            <source>Unreadable</source>
            <translation>Ilegible</translation>
        </message>
        <message>
            <source>The backup could not be made.</source>
            <translation>No se pudo hacer la copia de seguridad.</translation>
        </message>
        <message>
            <source>Backup made: {name}</source>
            <translation>Copia hecha: {name}</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Dañada</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Inservible</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Intacta</translation>
        </message>
        <message>
            <source>The backup from {made} is intact: {entries} entries, {sessions} sessions.</source>
            <translation>La copia del {made} está intacta: {entries} registros, {sessions} sesiones.</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>No se puede restaurar</translation>
        </message>
        <message>
            <source>Replace your diary ({current} entries) with the backup from {made} ({entries} entries, {sessions} sessions)?

Your diary as it is now is backed up first, so you can come back to it.</source>
            <translation>¿Sustituir su diario ({current} registros) por la copia del {made} ({entries} registros, {sessions} sesiones)?

Antes se hace una copia de su diario tal como está ahora, así que podrá volver a él.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia?</translation>
        </message>
        <message>
            <source>The backup could not be restored.</source>
            <translation>No se pudo restaurar la copia.</translation>
        </message>
        <message>
            <source>Restored the backup from {made}.</source>
            <translation>Se restauró la copia del {made}.</translation>
        </message>
        <message>
            <source>Your diary as it was is kept as {name}.</source>
            <translation>Su diario anterior se conserva como {name}.</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Copias de seguridad…</translation>
        </message>
        <message>
            <source>See, verify and restore backups of your diary</source>
            <translation>Ver, comprobar y restaurar copias de seguridad de su diario</translation>
        </message>
    </context>
    <context>
        <name>ChartsView</name>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Pain over time</source>
            <translation>Dolor a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Relief after each course</source>
            <translation>Alivio tras cada ciclo</translation>
        </message>
        <message>
            <source>How long relief lasted</source>
            <translation>Cuánto duró el alivio</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Course to highlight</source>
            <translation>Ciclo que resaltar</translation>
        </message>
        <message>
            <source>Latest course</source>
            <translation>Último ciclo</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Save this chart as PNG, SVG or PDF</source>
            <translation>Guardar este gráfico como PNG, SVG o PDF</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy this chart to the clipboard as an image</source>
            <translation>Copiar este gráfico al portapapeles como imagen</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation>&amp;Gráfico:</translation>
        </message>
        <message>
            <source>&amp;Range:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <source>C&amp;ourse:</source>
            <translation>C&amp;iclo:</translation>
        </message>
        <message>
            <source>Course {number} ({date})</source>
            <translation>Ciclo {number} ({date})</translation>
        </message>
        <message>
            <source>Chart: {name}</source>
            <translation>Gráfico: {name}</translation>
        </message>
        <message>
            <source>Show the whole chart again</source>
            <translation>Mostrar de nuevo el gráfico completo</translation>
        </message>
        <message>
            <source>Back to the previous view</source>
            <translation>Volver a la vista anterior</translation>
        </message>
        <message>
            <source>Forward to the next view</source>
            <translation>Avanzar a la vista siguiente</translation>
        </message>
        <message>
            <source>Pan: drag the chart with the left button, zoom with the right</source>
            <translation>Desplazar: arrastre el gráfico con el botón izquierdo; amplíe con el derecho</translation>
        </message>
        <message>
            <source>Zoom: drag a rectangle around the part to see</source>
            <translation>Ampliar: trace un rectángulo alrededor de la zona que quiere ver</translation>
        </message>
        <message>
            <source>Zoom and pan</source>
            <translation>Ampliar y desplazar</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Exportar el gráfico</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>The chart was not saved: {reason}</source>
            <translation>El gráfico no se guardó: {reason}</translation>
        </message>
        <message>
            <source>Saved the chart to {path}.</source>
            <translation>Gráfico guardado en {path}.</translation>
        </message>
        <message>
            <source>Copied the chart to the clipboard.</source>
            <translation>Gráfico copiado al portapapeles.</translation>
        </message>
    </context>
    <context>
        <name>ChipBox</name>
        <message>
            <source>Another place…</source>
            <translation>Otra zona…</translation>
        </message>
        <message>
            <source>Add a body region</source>
            <translation>Añadir una zona del cuerpo</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add this body region</source>
            <translation>Añadir esta zona del cuerpo</translation>
        </message>
        <message>
            <source>Body region: {name}</source>
            <translation>Zona del cuerpo: {name}</translation>
        </message>
    </context>
    <context>
        <name>DeleteDataDialog</name>
        <message>
            <source>Delete all my data</source>
            <translation>Borrar todos mis datos</translation>
        </message>
        <message>
            <source>This deletes every pain entry, treatment session, side effect and setting from your diary on this computer ({entries} entries, {sessions} sessions). The diary file is cleaned so that none of it can be read back from it.</source>
            <translation>Esto borra todos los registros de dolor, sesiones de tratamiento, efectos secundarios y ajustes de su diario en este ordenador ({entries} registros, {sessions} sesiones). El archivo del diario se limpia para que no se pueda recuperar nada de él.</translation>
        </message>
        <message>
            <source>Export a copy first…</source>
            <translation>Exportar antes una copia…</translation>
        </message>
        <message>
            <source>Export a copy first</source>
            <translation>Exportar antes una copia</translation>
        </message>
        <message>
            <source>Save the whole diary to a file you choose before deleting it</source>
            <translation>Guardar todo el diario en un archivo que usted elija antes de borrarlo</translation>
        </message>
        <message>
            <source>To confirm, type {word}:</source>
            <translation>Para confirmar, escriba {word}:</translation>
        </message>
        <message>
            <source>Type {word} to confirm</source>
            <translation>Escriba {word} para confirmar</translation>
        </message>
        <message>
            <source>Also delete all backups of the diary, in {folder}</source>
            <translation>Borrar también todas las copias de seguridad del diario, en {folder}</translation>
        </message>
        <message>
            <source>Also delete all backups</source>
            <translation>Borrar también todas las copias</translation>
        </message>
        <message>
            <source>Unticked, the backups stay, and one more is made just before, so this can be undone.</source>
            <translation>Sin marcar, las copias se conservan y se hace una más justo antes, así que se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete everything</source>
            <translation>Borrar todo</translation>
        </message>
        <message>
            <source>Delete all records from the diary now</source>
            <translation>Borrar ahora todos los datos del diario</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Export your diary</source>
            <translation>Exportar su diario</translation>
        </message>
        <message>
            <source>paindiary JSON document (*.json)</source>
            <translation>Documento JSON de paindiary (*.json)</translation>
        </message>
        <message>
            <source>Not exported: {reason}</source>
            <translation>No se exportó: {reason}</translation>
        </message>
        <message>
            <source>Exported {what} to {path}.</source>
            <translation>{what} exportado a {path}.</translation>
        </message>
        <message>
            <source>Nothing was deleted: {reason}</source>
            <translation>No se borró nada: {reason}</translation>
        </message>
        <message>
            <source>All your records were deleted, and {count} backups with them. Files you exported yourself were not touched.</source>
            <translation>Se borraron todos sus datos y, con ellos, {count} copias de seguridad. Los archivos que exportó usted no se han tocado.</translation>
        </message>
        <message>
            <source>All your records were deleted. Backups of your diary, including one made just before, are still kept in:
{folder}
Delete that folder to remove every copy; File ▸ Backups can restore one.</source>
            <translation>Se borraron todos sus datos. Las copias de seguridad de su diario, incluida una hecha justo antes, siguen guardadas en:
{folder}
Borre esa carpeta para eliminar todas las copias; Archivo ▸ Copias de seguridad puede restaurar una.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>&amp;Delete all my data…</source>
            <translation>&amp;Borrar todos mis datos…</translation>
        </message>
        <message>
            <source>Delete every record from this diary, after an optional export</source>
            <translation>Borrar todos los datos de este diario, si quiere tras exportarlos</translation>
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message>
            <source>Show entries from</source>
            <translation>Mostrar registros desde</translation>
        </message>
        <message>
            <source>Show entries until</source>
            <translation>Mostrar registros hasta</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <source>Show every entry</source>
            <translation>Mostrar todos los registros</translation>
        </message>
        <message>
            <source>Diary entries</source>
            <translation>Registros del diario</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected entry</source>
            <translation>Editar el registro seleccionado</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Delete the selected entries</source>
            <translation>Borrar los registros seleccionados</translation>
        </message>
        <message>
            <source>Delete (Del). Ctrl+Z brings them back.</source>
            <translation>Borrar (Supr). Ctrl+Z los recupera.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>{count} entries shown</source>
            <translation>{count} registros mostrados</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>Deleted {count} entries. Ctrl+Z brings them back.</source>
            <translation>{count} registros borrados. Ctrl+Z los recupera.</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>No borrado</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit entry</source>
            <translation>Editar registro</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Worst pain today, 0 to 10</source>
            <translation>Dolor máximo de hoy, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life, 0 to 10</source>
            <translation>Interferencia con el disfrute de la vida, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with general activity, 0 to 10</source>
            <translation>Interferencia con la actividad general, de 0 a 10</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Problem with this entry</source>
            <translation>Problema con este registro</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Cuándo:</translation>
        </message>
        <message>
            <source>Pain (0 = no pain, 10 = worst imaginable):</source>
            <translation>Dolor (0 = sin dolor, 10 = el peor dolor imaginable):</translation>
        </message>
        <message>
            <source>Worst pain that day:</source>
            <translation>Dolor máximo de ese día:</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life:</source>
            <translation>Interferencia con el disfrute de la vida:</translation>
        </message>
        <message>
            <source>Interference with general activity:</source>
            <translation>Interferencia con la actividad general:</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Dónde:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>choose a score from 0 to 10</source>
            <translation>elija un valor de 0 a 10</translation>
        </message>
    </context>
    <context>
        <name>EntryTableModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Enjoyment</source>
            <translation>Disfrute</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>paindiary ran into an unexpected problem. What you saved before is safe in your diary.</source>
            <translation>paindiary se encontró con un problema inesperado. Lo que guardó antes está a salvo en su diario.</translation>
        </message>
        <message>
            <source>The details were written to {path}. You can keep working, or close and restart paindiary.</source>
            <translation>Los detalles se guardaron en {path}. Puede seguir trabajando, o cerrar y volver a abrir paindiary.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Elegir un archivo</translation>
        </message>
        <message>
            <source>A paindiary CSV or JSON file, an export of Pain Tracker, Bearable or Flaredown, or any spreadsheet saved as CSV. Nothing is written until you press Import.</source>
            <translation>Un archivo CSV o JSON de paindiary, una exportación de Pain Tracker, Bearable o Flaredown, o cualquier hoja de cálculo guardada como CSV. No se escribe nada hasta que pulse Importar.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Archivo que importar</translation>
        </message>
        <message>
            <source>Path of the file</source>
            <translation>Ruta del archivo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Elegir el archivo que importar</translation>
        </message>
        <message>
            <source>Open a file chooser</source>
            <translation>Abrir un selector de archivos</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problema con el archivo</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Elegir un archivo para importar</translation>
        </message>
        <message>
            <source>Diary files (*.csv *.tsv *.txt *.json);;All files (*)</source>
            <translation>Archivos de diario (*.csv *.tsv *.txt *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Reading was cancelled; nothing was imported.</source>
            <translation>Se canceló la lectura; no se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPanel</name>
        <message>
            <source>Welcome to paindiary</source>
            <translation>Le damos la bienvenida a paindiary</translation>
        </message>
        <message>
            <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Log your pain&lt;/b&gt; — pick a number below and press Save. A few seconds, as often as you like.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Record each treatment session&lt;/b&gt; — date, dose and any side effects (Sessions, Ctrl+Shift+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;See how long relief lasts&lt;/b&gt; — paindiary compares your pain after each session with the week before it (Charts), and makes a one-page report for your appointments.&lt;/li&gt;&lt;/ol&gt;Your diary stays on this computer. paindiary reports what you logged; it gives no medical advice.</source>
            <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Registre su dolor&lt;/b&gt;: elija un número abajo y pulse Guardar. Unos segundos, tantas veces como quiera.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Anote cada sesión de tratamiento&lt;/b&gt;: fecha, dosis y posibles efectos secundarios (Sesiones, Ctrl+Mayús+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vea cuánto dura el alivio&lt;/b&gt;: paindiary compara su dolor tras cada sesión con la semana anterior (Gráficos) y prepara un informe de una página para sus citas.&lt;/li&gt;&lt;/ol&gt;Su diario se queda en este ordenador. paindiary muestra lo que usted registró; no da consejos médicos.</translation>
        </message>
        <message>
            <source>Explore with sample data</source>
            <translation>Explorar con datos de ejemplo</translation>
        </message>
        <message>
            <source>Opens a separate window with two years of made-up entries. Your diary is not touched.</source>
            <translation>Abre una ventana aparte con dos años de registros inventados. Su diario no se toca.</translation>
        </message>
        <message>
            <source>Start my diary</source>
            <translation>Empezar mi diario</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>How &amp;relief is measured</source>
            <translation>Cómo se mide el &amp;alivio</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import into your diary</source>
            <translation>Importar a su diario</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Cancel reading</source>
            <translation>Cancelar la lectura</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Leyendo el archivo</translation>
        </message>
        <message>
            <source>Reading progress</source>
            <translation>Progreso de la lectura</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>Nothing was imported: {error}</source>
            <translation>No se importó nada: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>{view} (Ctrl+{number})</source>
            <translation>{view} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>New &amp;session…</source>
            <translation>Nueva &amp;sesión…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>&amp;Diary</source>
            <translation>&amp;Diario</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Sesiones</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Gráficos</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;About paindiary</source>
            <translation>A&amp;cerca de paindiary</translation>
        </message>
        <message>
            <source>About paindiary</source>
            <translation>Acerca de paindiary</translation>
        </message>
        <message>
            <source>&lt;h3&gt;paindiary {version}&lt;/h3&gt;&lt;p&gt;A private pain diary for people receiving ketamine therapy: log pain in seconds, record sessions and side effects, and see how long each session helped.&lt;/p&gt;&lt;p&gt;Your diary is a file on this computer:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;paindiary makes no network connection. It reports what you logged and gives no medical advice.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;paindiary {version}&lt;/h3&gt;&lt;p&gt;Un diario del dolor privado para personas en tratamiento con ketamina: registre su dolor en segundos, anote sesiones y efectos secundarios, y vea cuánto ayudó cada sesión.&lt;/p&gt;&lt;p&gt;Su diario es un archivo en este ordenador:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;paindiary no establece ninguna conexión de red. Muestra lo que usted registró y no da consejos médicos.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>{entries} entries · {sessions} sessions</source>
            <translation>{entries} registros · {sessions} sesiones</translation>
        </message>
        <message>
            <source>paindiary — Sample data (nothing here is saved to your diary)</source>
            <translation>paindiary — Datos de ejemplo (nada de esto se guarda en su diario)</translation>
        </message>
        <message>
            <source>paindiary — {name}</source>
            <translation>paindiary — {name}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>How the file is read</source>
            <translation>Cómo se lee el archivo</translation>
        </message>
        <message>
            <source>Recognised format</source>
            <translation>Formato reconocido</translation>
        </message>
        <message>
            <source>How columns become diary fields</source>
            <translation>Cómo las columnas pasan a campos del diario</translation>
        </message>
        <message>
            <source>Date column</source>
            <translation>Columna de fecha</translation>
        </message>
        <message>
            <source>Time column</source>
            <translation>Columna de hora</translation>
        </message>
        <message>
            <source>Pain column (0–10)</source>
            <translation>Columna de dolor (0–10)</translation>
        </message>
        <message>
            <source>Note column</source>
            <translation>Columna de notas</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Hora:</translation>
        </message>
        <message>
            <source>Pain (0–10):</source>
            <translation>Dolor (0–10):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Question about dates</source>
            <translation>Pregunta sobre las fechas</translation>
        </message>
        <message>
            <source>How dates are written</source>
            <translation>Cómo están escritas las fechas</translation>
        </message>
        <message>
            <source>Please choose…</source>
            <translation>Elija, por favor…</translation>
        </message>
        <message>
            <source>Day first (03/04/2024 is 3 April 2024)</source>
            <translation>Primero el día (03/04/2024 es el 3 de abril de 2024)</translation>
        </message>
        <message>
            <source>Month first (03/04/2024 is March 4, 2024)</source>
            <translation>Primero el mes (03/04/2024 es el 4 de marzo de 2024)</translation>
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation>Vista previa de las primeras filas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Note or problem</source>
            <translation>Nota o problema</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Columnas de la vista previa</translation>
        </message>
        <message>
            <source>Select all rows</source>
            <translation>Seleccionar todas las filas</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problema con el archivo</translation>
        </message>
        <message>
            <source>Format: {label}</source>
            <translation>Formato: {label}</translation>
        </message>
        <message>
            <source>(in the date column)</source>
            <translation>(en la columna de fecha)</translation>
        </message>
        <message>
            <source>(none: entries at 12:00)</source>
            <translation>(ninguna: registros a las 12:00)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>The dates in “{column}” (like {example}) can be read two ways. How are they written?</source>
            <translation>Las fechas de «{column}» (como {example}) se pueden leer de dos maneras. ¿Cómo están escritas?</translation>
        </message>
        <message>
            <source>Reading was cancelled; nothing was imported.</source>
            <translation>Se canceló la lectura; no se importó nada.</translation>
        </message>
        <message>
            <source>Reading the records…</source>
            <translation>Leyendo los registros…</translation>
        </message>
    </context>
    <context>
        <name>OptionalScore</name>
        <message>
            <source>not answered</source>
            <translation>sin responder</translation>
        </message>
    </context>
    <context>
        <name>ReliefHelpDialog</name>
        <message>
            <source>How relief is measured</source>
            <translation>Cómo se mide el alivio</translation>
        </message>
        <message>
            <source>What it compares</source>
            <translation>Qué se compara</translation>
        </message>
        <message>
            <source>paindiary compares your pain after a course of ketamine sessions with your usual pain before it. It uses only what you logged, and it gives no medical advice.</source>
            <translation>paindiary compara su dolor después de un ciclo de sesiones de ketamina con su dolor habitual de antes. Usa solo lo que usted registró y no da consejos médicos.</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Ciclos</translation>
        </message>
        <message>
            <source>Sessions no more than {gap} days apart belong to one course, such as a series of infusions on several days. Days are counted from the last session of a course: that day is day 0, the next day is day 1.</source>
            <translation>Las sesiones separadas por {gap} días o menos forman un ciclo, por ejemplo una serie de infusiones en varios días. Los días se cuentan desde la última sesión del ciclo: ese día es el día 0 y el siguiente, el día 1.</translation>
        </message>
        <message>
            <source>Your average before the course</source>
            <translation>Su promedio antes del ciclo</translation>
        </message>
        <message>
            <source>Your baseline is the average of your daily pain in the {baseline} days before the first session of the course. At least {minimum} days with entries are needed; otherwise relief is not worked out for that course.</source>
            <translation>Su valor basal es el promedio de su dolor diario en los {baseline} días anteriores a la primera sesión del ciclo. Hacen falta al menos {minimum} días con registros; si no, el alivio de ese ciclo no se calcula.</translation>
        </message>
        <message>
            <source>Each day afterwards</source>
            <translation>Cada día después</translation>
        </message>
        <message>
            <source>For every day after the course that has entries, paindiary works out how much lower your pain was than your baseline, in percent. Days without entries are left empty, never guessed.</source>
            <translation>Para cada día después del ciclo que tenga registros, paindiary calcula cuánto más bajo fue su dolor que su valor basal, en porcentaje. Los días sin registros se dejan vacíos; nunca se suponen.</translation>
        </message>
        <message>
            <source>One odd day does not count</source>
            <translation>Un día raro no cuenta</translation>
        </message>
        <message>
            <source>Each day is looked at together with the day before and the day after, and the middle value is used (a 3-day median). So a single unusual day neither starts nor ends relief.</source>
            <translation>Cada día se mira junto con el día anterior y el siguiente, y se usa el valor del medio (una mediana de 3 días). Así, un solo día fuera de lo normal no inicia ni termina el alivio.</translation>
        </message>
        <message>
            <source>When it counts as relief</source>
            <translation>Cuándo cuenta como alivio</translation>
        </message>
        <message>
            <source>Pain at least 30 % below your baseline counts as moderate relief, at least 50 % as substantial relief; 10 to 30 % is shown as minimal. These are the levels pain research uses (IMMPACT, Dworkin and colleagues, 2008).</source>
            <translation>Un dolor al menos un 30 % por debajo de su valor basal cuenta como alivio moderado, y al menos un 50 % como alivio sustancial; del 10 al 30 % se muestra como mínimo. Son los niveles que usa la investigación del dolor (IMMPACT, Dworkin y colaboradores, 2008).</translation>
        </message>
        <message>
            <source>How long it lasts</source>
            <translation>Cuánto dura</translation>
        </message>
        <message>
            <source>Relief must begin within {onset} days of the last session to be counted for that course; improvement that starts later is not credited to it. It ends when two logged days in a row are below the level. The number of days is counted from day 0.</source>
            <translation>El alivio debe empezar en los {onset} días siguientes a la última sesión para contar en ese ciclo; una mejoría que empieza más tarde no se le atribuye. Termina cuando dos días registrados seguidos quedan por debajo del nivel. El número de días se cuenta desde el día 0.</translation>
        </message>
        <message>
            <source>“At least” and “too early to tell”</source>
            <translation>«Al menos» y «aún es pronto»</translation>
        </message>
        <message>
            <source>“At least 12 days” means relief had not ended yet when your entries stop or the next course began. “Too early to tell” means there are not enough days after the course yet.</source>
            <translation>«Al menos 12 días» significa que el alivio aún no había terminado cuando acaban sus registros o empezó el ciclo siguiente. «Aún es pronto» significa que todavía no hay suficientes días después del ciclo.</translation>
        </message>
        <message>
            <source>Peak and return to baseline</source>
            <translation>Máximo y vuelta al valor basal</translation>
        </message>
        <message>
            <source>The peak is the largest reduction within {horizon} days after the course. Back to baseline is the first day after the peak when your pain is within one point of your baseline again.</source>
            <translation>El máximo es la mayor reducción en los {horizon} días posteriores al ciclo. La vuelta al valor basal es el primer día después del máximo en que su dolor vuelve a estar a un punto o menos de su valor basal.</translation>
        </message>
        <message>
            <source>An example</source>
            <translation>Un ejemplo</translation>
        </message>
        <message>
            <source>“Relief: 13 days” means that for 13 days, counted from the last session, your pain was at least 30 % below your average of the days before the course (3-day median).</source>
            <translation>«Alivio: 13 días» significa que durante 13 días, contados desde la última sesión, su dolor estuvo al menos un 30 % por debajo de su promedio de los días anteriores al ciclo (mediana de 3 días).</translation>
        </message>
        <message>
            <source>What the numbers are for</source>
            <translation>Para qué sirven las cifras</translation>
        </message>
        <message>
            <source>They describe your own records, to help you and your care team talk about how each course went. Decisions about your treatment belong with your care team.</source>
            <translation>Describen sus propios registros, para ayudarle a hablar con su equipo médico de cómo fue cada ciclo. Las decisiones sobre su tratamiento corresponden a su equipo médico.</translation>
        </message>
        <message>
            <source>These numbers follow the analysis settings of this diary (Settings).</source>
            <translation>Estas cifras siguen los ajustes de análisis de este diario (Ajustes).</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Start at login could not be set up: {reason}</source>
            <translation>No se pudo configurar el inicio automático: {reason}</translation>
        </message>
        <message>
            <source>paindiary</source>
            <translation>paindiary</translation>
        </message>
        <message>
            <source>You have not logged your pain today. Click here to open Today.</source>
            <translation>Hoy aún no ha registrado su dolor. Haga clic aquí para abrir Hoy.</translation>
        </message>
        <message>
            <source>Reminder: you have not logged your pain today.</source>
            <translation>Recordatorio: hoy aún no ha registrado su dolor.</translation>
        </message>
        <message>
            <source>paindiary tray menu</source>
            <translation>Menú de paindiary en la bandeja del sistema</translation>
        </message>
        <message>
            <source>Log pain now</source>
            <translation>Registrar el dolor ahora</translation>
        </message>
    </context>
    <context>
        <name>ReportAction</name>
        <message>
            <source>Appointment &amp;report…</source>
            <translation>&amp;Informe para la cita…</translation>
        </message>
        <message>
            <source>Save a PDF summary and charts to show at an appointment</source>
            <translation>Guardar un resumen en PDF con gráficos para mostrar en una cita</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Appointment report</source>
            <translation>Informe para la cita</translation>
        </message>
        <message>
            <source>First day of the report</source>
            <translation>Primer día del informe</translation>
        </message>
        <message>
            <source>Last day of the report</source>
            <translation>Último día del informe</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>A PDF to show at your appointment: a one-page summary of the period (pain, each course's dose and how long relief lasted, side effects, notes to discuss), then the charts. It reports what you logged and is not medical advice.</source>
            <translation>Un PDF para su cita: un resumen de una página del periodo (dolor, dosis de cada ciclo y cuánto duró el alivio, efectos secundarios, notas para comentar) y después los gráficos. Muestra lo que usted registró y no es un consejo médico.</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Guardar informe…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Guardar informe</translation>
        </message>
        <message>
            <source>Choose where to save the PDF and write it</source>
            <translation>Elegir dónde guardar el PDF y escribirlo</translation>
        </message>
        <message>
            <source>Check the dates</source>
            <translation>Revise las fechas</translation>
        </message>
        <message>
            <source>The first day ({start}) is after the last day ({end}).</source>
            <translation>El primer día ({start}) es posterior al último ({end}).</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the {pages}-page report to {path}.</source>
            <translation>Informe de {pages} páginas guardado en {path}.</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>Preparando el informe…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Report cancelled; nothing was written.</source>
            <translation>Informe cancelado; no se escribió nada.</translation>
        </message>
        <message>
            <source>Report not saved</source>
            <translation>Informe no guardado</translation>
        </message>
        <message>
            <source>The report was not saved: {error}</source>
            <translation>El informe no se guardó: {error}</translation>
        </message>
    </context>
    <context>
        <name>SampleBanner</name>
        <message>
            <source>&lt;b&gt;Sample data.&lt;/b&gt; These entries and sessions are made up, in a throwaway file. Try anything: closing this window deletes it all. Your own diary is not touched.</source>
            <translation>&lt;b&gt;Datos de ejemplo.&lt;/b&gt; Estos registros y sesiones son inventados y están en un archivo desechable. Pruebe lo que quiera: al cerrar esta ventana se borra todo. Su propio diario no se toca.</translation>
        </message>
        <message>
            <source>Sample data notice</source>
            <translation>Aviso de datos de ejemplo</translation>
        </message>
    </context>
    <context>
        <name>ScoreSelector</name>
        <message>
            <source>0 = no pain</source>
            <translation>0 = sin dolor</translation>
        </message>
        <message>
            <source>10 = worst pain imaginable</source>
            <translation>10 = el peor dolor imaginable</translation>
        </message>
        <message>
            <source>Pain 0: no pain</source>
            <translation>Dolor 0: sin dolor</translation>
        </message>
        <message>
            <source>Pain 10: worst pain imaginable</source>
            <translation>Dolor 10: el peor dolor imaginable</translation>
        </message>
        <message>
            <source>Pain {score}</source>
            <translation>Dolor {score}</translation>
        </message>
    </context>
    <context>
        <name>SessionCommands</name>
        <message>
            <source>Add session</source>
            <translation>Añadir sesión</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Editar sesión</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Borrar sesión</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Editar sesión</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Guardar sesión</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source> mg</source>
            <translation> mg</translation>
        </message>
        <message>
            <source> kg</source>
            <translation> kg</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <source> mg/kg/h</source>
            <translation> mg/kg/h</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>When the session started</source>
            <translation>Cuándo empezó la sesión</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Vía de administración</translation>
        </message>
        <message>
            <source>Choose or type the drug's name</source>
            <translation>Elija o escriba el nombre del fármaco</translation>
        </message>
        <message>
            <source>Total dose</source>
            <translation>Dosis total</translation>
        </message>
        <message>
            <source>The whole session's dose in mg</source>
            <translation>La dosis de toda la sesión en mg</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Peso corporal</translation>
        </message>
        <message>
            <source>Your weight, for the dose per kg</source>
            <translation>Su peso, para la dosis por kg</translation>
        </message>
        <message>
            <source>Dose per kg</source>
            <translation>Dosis por kg</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>How long the infusion ran</source>
            <translation>Cuánto duró la infusión</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Infusion rate in mg per kg per hour</source>
            <translation>Velocidad de infusión en mg por kg por hora</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Clínica</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>{value} mg/kg</source>
            <translation>{value} mg/kg</translation>
        </message>
        <message>
            <source>Needs the dose and the weight</source>
            <translation>Necesita la dosis y el peso</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderado</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>mg/kg</source>
            <translation>mg/kg</translation>
        </message>
        <message>
            <source>Relief / side effects</source>
            <translation>Alivio / efectos secundarios</translation>
        </message>
        <message>
            <source>Sessions by course</source>
            <translation>Sesiones por ciclo</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nueva sesión…</translation>
        </message>
        <message>
            <source>Record a new treatment session</source>
            <translation>Anotar una nueva sesión de tratamiento</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Change the selected session</source>
            <translation>Cambiar la sesión seleccionada</translation>
        </message>
        <message>
            <source>Add side effect…</source>
            <translation>Añadir efecto secundario…</translation>
        </message>
        <message>
            <source>Record a side effect you noticed after the selected session</source>
            <translation>Anotar un efecto secundario que notó después de la sesión seleccionada</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Delete the selected session (Undo brings it back)</source>
            <translation>Borrar la sesión seleccionada (Deshacer la recupera)</translation>
        </message>
        <message>
            <source>Relief of the selected course</source>
            <translation>Alivio del ciclo seleccionado</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Course {number}: {dates}</source>
            <translation>Ciclo {number}: {dates}</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sesiones</translation>
        </message>
        <message>
            <source>{effect} ({severity})</source>
            <translation>{effect} ({severity})</translation>
        </message>
        <message>
            <source>{route}, {drug}</source>
            <translation>{route}, {drug}</translation>
        </message>
        <message>
            <source>No side effects recorded</source>
            <translation>Sin efectos secundarios registrados</translation>
        </message>
        <message>
            <source>No sessions yet. Record one with “New session…”.</source>
            <translation>Aún no hay sesiones. Anote una con «Nueva sesión…».</translation>
        </message>
        <message>
            <source>{course} — {relief}</source>
            <translation>{course} — {relief}</translation>
        </message>
        <message>
            <source>Add side effect</source>
            <translation>Añadir efecto secundario</translation>
        </message>
        <message>
            <source>Session of {when} deleted. Undo (Ctrl+Z) brings it back.</source>
            <translation>Sesión del {when} borrada. Deshacer (Ctrl+Z) la recupera.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Guardar ajustes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Relief analysis</source>
            <translation>Análisis del alivio</translation>
        </message>
        <message>
            <source>How your usual pain before a course is measured and how sessions are grouped into courses. These settings are saved in the diary and change every course's figures.</source>
            <translation>Cómo se mide su dolor habitual antes de un ciclo y cómo se agrupan las sesiones en ciclos. Estos ajustes se guardan en el diario y cambian las cifras de todos los ciclos.</translation>
        </message>
        <message>
            <source>Baseline days</source>
            <translation>Días para el valor basal</translation>
        </message>
        <message>
            <source>Days before a course whose pain is averaged as your usual pain</source>
            <translation>Días antes de un ciclo cuyo dolor se promedia como su dolor habitual</translation>
        </message>
        <message>
            <source>Minimum baseline days</source>
            <translation>Mínimo de días para el valor basal</translation>
        </message>
        <message>
            <source>Fewer days with entries before a course than this and its relief is not measured</source>
            <translation>Si antes de un ciclo hay menos días con registros, su alivio no se mide</translation>
        </message>
        <message>
            <source>Course gap days</source>
            <translation>Separación máxima en un ciclo (días)</translation>
        </message>
        <message>
            <source>Sessions at most this many days apart belong to one course (a loading series)</source>
            <translation>Las sesiones separadas como mucho por estos días forman un ciclo (una serie de carga)</translation>
        </message>
        <message>
            <source>Follow-up days</source>
            <translation>Días de seguimiento</translation>
        </message>
        <message>
            <source>How many days after a course are looked at for relief</source>
            <translation>Cuántos días después de un ciclo se examinan para ver el alivio</translation>
        </message>
        <message>
            <source>Onset window days</source>
            <translation>Días para el inicio del efecto</translation>
        </message>
        <message>
            <source>Relief must begin within this many days after the course's last session</source>
            <translation>El alivio debe empezar en este número de días tras la última sesión del ciclo</translation>
        </message>
        <message>
            <source>Full baseline days</source>
            <translation>Días para una referencia completa</translation>
        </message>
        <message>
            <source>With fewer days with entries, the usual pain of an earlier course is preferred</source>
            <translation>Con menos días con registros se prefiere el dolor habitual de un ciclo anterior</translation>
        </message>
        <message>
            <source>Longest gap days</source>
            <translation>Días de hueco más largo</translation>
        </message>
        <message>
            <source>The longest run of days without entries that relief may bridge</source>
            <translation>Cuántos días seguidos sin registros puede salvar el alivio</translation>
        </message>
        <message>
            <source>Washout days</source>
            <translation>Días de lavado</translation>
        </message>
        <message>
            <source>The shortest time a course is taken to affect the days after it</source>
            <translation>El tiempo mínimo que un ciclo se considera que influye en los días siguientes</translation>
        </message>
        <message>
            <source>Carry-forward days</source>
            <translation>Días para trasladar</translation>
        </message>
        <message>
            <source>How old an earlier course's usual pain may be to be used again</source>
            <translation>Antigüedad máxima del dolor habitual de un ciclo anterior para volver a usarlo</translation>
        </message>
        <message>
            <source>Lowest-point days</source>
            <translation>Días para el punto más bajo</translation>
        </message>
        <message>
            <source>The lowest pain is looked for in this many days after a course</source>
            <translation>El dolor más bajo se busca en estos días tras un ciclo</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Valores predeterminados</translation>
        </message>
        <message>
            <source>Restore default analysis settings</source>
            <translation>Restablecer los ajustes de análisis predeterminados</translation>
        </message>
        <message>
            <source>Put the five analysis settings back to their defaults</source>
            <translation>Devolver los cinco ajustes de análisis a sus valores predeterminados</translation>
        </message>
        <message>
            <source>Body weight</source>
            <translation>Peso corporal</translation>
        </message>
        <message>
            <source> kg</source>
            <translation> kg</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>Default body weight</source>
            <translation>Peso corporal habitual</translation>
        </message>
        <message>
            <source>Filled in for new sessions, so the dose per kg can be worked out</source>
            <translation>Se rellena en las sesiones nuevas para poder calcular la dosis por kg</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>En este ordenador</translation>
        </message>
        <message>
            <source>Remind me to fill in the diary</source>
            <translation>Recordarme rellenar el diario</translation>
        </message>
        <message>
            <source>Daily reminder</source>
            <translation>Recordatorio diario</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>The time of day the reminder appears</source>
            <translation>La hora del día a la que aparece el recordatorio</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Abrir al iniciar sesión</translation>
        </message>
        <message>
            <source>Start paindiary when you log in, so the reminder can appear</source>
            <translation>Abrir paindiary al iniciar sesión, para que pueda aparecer el recordatorio</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Takes effect after restart</source>
            <translation>Se aplica al reiniciar</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Your preferences for this computer could not be saved.</source>
            <translation>No se pudieron guardar sus preferencias de este ordenador.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>SideEffectChecklist</name>
        <message>
            <source>Another side effect</source>
            <translation>Otro efecto secundario</translation>
        </message>
        <message>
            <source>Name of another side effect</source>
            <translation>Nombre de otro efecto secundario</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add this side effect</source>
            <translation>Añadir este efecto secundario</translation>
        </message>
        <message>
            <source>Add the side effect typed on the left to the list, ticked</source>
            <translation>Añadir a la lista, marcado, el efecto secundario escrito a la izquierda</translation>
        </message>
        <message>
            <source>Severity of {effect}</source>
            <translation>Gravedad de {effect}</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <source>Note on {effect}</source>
            <translation>Nota sobre {effect}</translation>
        </message>
        <message>
            <source>Side effect: {message}</source>
            <translation>Efecto secundario: {message}</translation>
        </message>
    </context>
    <context>
        <name>SideEffectDialog</name>
        <message>
            <source>Add side effect</source>
            <translation>Añadir efecto secundario</translation>
        </message>
        <message>
            <source>Side effect after the session of {when} ({route})</source>
            <translation>Efecto secundario tras la sesión del {when} ({route})</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Efecto secundario</translation>
        </message>
        <message>
            <source>Choose or type a side effect</source>
            <translation>Elija o escriba un efecto secundario</translation>
        </message>
        <message>
            <source>Choose from the list or type your own name for it</source>
            <translation>Elija de la lista o escriba su propio nombre para él</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Save side effect</source>
            <translation>Guardar efecto secundario</translation>
        </message>
        <message>
            <source>Side effect: {message}</source>
            <translation>Efecto secundario: {message}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Ready to import</source>
            <translation>Listo para importar</translation>
        </message>
        <message>
            <source>What will be imported</source>
            <translation>Qué se importará</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>From {file} ({label}).</source>
            <translation>De {file} ({label}).</translation>
        </message>
        <message>
            <source>Records already in your diary are skipped, so nothing is doubled.</source>
            <translation>Los registros que ya están en su diario se omiten, para que nada se duplique.</translation>
        </message>
        <message>
            <source>Some records have the same id as records in your diary but other values; importing would overwrite what you logged, so it is not possible.</source>
            <translation>Algunos registros tienen el mismo identificador que registros de su diario pero otros valores; importarlos sobrescribiría lo que usted registró, así que no es posible.</translation>
        </message>
        <message>
            <source>Your diary is backed up before anything is written.</source>
            <translation>Se hace una copia de seguridad de su diario antes de escribir nada.</translation>
        </message>
    </context>
    <context>
        <name>TodayDetail</name>
        <message>
            <source>Worst pain today, 0 to 10</source>
            <translation>Dolor máximo de hoy, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with enjoyment of life, 0 to 10</source>
            <translation>Interferencia con el disfrute de la vida, de 0 a 10</translation>
        </message>
        <message>
            <source>Interference with general activity, 0 to 10</source>
            <translation>Interferencia con la actividad general, de 0 a 10</translation>
        </message>
        <message>
            <source>Worst pain today (0–10):</source>
            <translation>Dolor máximo de hoy (0–10):</translation>
        </message>
        <message>
            <source>How much did pain interfere with your enjoyment of life?
(0 = does not interfere, 10 = completely interferes)</source>
            <translation>¿Cuánto interfirió el dolor en su disfrute de la vida?
(0 = no interfiere, 10 = interfiere por completo)</translation>
        </message>
        <message>
            <source>How much did pain interfere with your general activity?
(0 = does not interfere, 10 = completely interferes)</source>
            <translation>¿Cuánto interfirió el dolor en su actividad general?
(0 = no interfiere, 10 = interfiere por completo)</translation>
        </message>
        <message>
            <source>Where does it hurt?</source>
            <translation>¿Dónde le duele?</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>How much pain do you have right now?</source>
            <translation>¿Cuánto dolor tiene ahora mismo?</translation>
        </message>
        <message>
            <source>Click a number, or type 0–9 (type 1 then 0 for 10), then press Enter to save.</source>
            <translation>Haga clic en un número o escriba 0–9 (para 10, escriba 1 y luego 0) y pulse Intro para guardar.</translation>
        </message>
        <message>
            <source>More detail (optional)</source>
            <translation>Más detalles (opcional)</translation>
        </message>
        <message>
            <source>Show more detail</source>
            <translation>Mostrar más detalles</translation>
        </message>
        <message>
            <source>A note (optional): what helped, what made it worse…</source>
            <translation>Una nota (opcional): qué ayudó, qué lo empeoró…</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save this entry</source>
            <translation>Guardar este registro</translation>
        </message>
        <message>
            <source>Save (Enter, or Ctrl+Enter while typing a note)</source>
            <translation>Guardar (Intro, o Ctrl+Intro mientras escribe una nota)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Vaciar</translation>
        </message>
        <message>
            <source>Clear the form</source>
            <translation>Vaciar el formulario</translation>
        </message>
        <message>
            <source>Save result</source>
            <translation>Resultado del guardado</translation>
        </message>
        <message>
            <source>Relief status</source>
            <translation>Estado del alivio</translation>
        </message>
        <message>
            <source>Today's entries</source>
            <translation>Registros de hoy</translation>
        </message>
        <message>
            <source>Today so far</source>
            <translation>Hoy hasta ahora</translation>
        </message>
        <message>
            <source>Looking at your recent sessions…</source>
            <translation>Revisando sus sesiones recientes…</translation>
        </message>
        <message>
            <source>Choose a pain score from 0 to 10 first.</source>
            <translation>Primero elija un valor de dolor de 0 a 10.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <source>Saved: pain {pain} at {time}. Ctrl+Z undoes it.</source>
            <translation>Guardado: dolor {pain} a las {time}. Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Nothing logged yet today.</source>
            <translation>Hoy aún no hay nada registrado.</translation>
        </message>
        <message>
            <source>{time}  pain {pain}/10</source>
            <translation>{time}  dolor {pain}/10</translation>
        </message>
        <message>
            <source>worst {worst}</source>
            <translation>máximo {worst}</translation>
        </message>
        <message>
            <source>The relief status could not be read: {reason}</source>
            <translation>No se pudo leer el estado del alivio: {reason}</translation>
        </message>
        <message>
            <source>No treatment sessions recorded yet. Once you add one (Sessions), this shows how your pain compares with the week before it.</source>
            <translation>Aún no hay sesiones de tratamiento. En cuanto añada una (Sesiones), aquí verá cómo se compara su dolor con el de la semana anterior.</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Add records from a paindiary file, another app's export or a spreadsheet</source>
            <translation>Añadir registros de un archivo de paindiary, de la exportación de otra aplicación o de una hoja de cálculo</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>paindiary &amp;JSON (complete)…</source>
            <translation>&amp;JSON de paindiary (completo)…</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>Documentos JSON (*.json)</translation>
        </message>
        <message>
            <source>Spreadsheet &amp;CSV (complete)…</source>
            <translation>Hoja de cálculo &amp;CSV (completa)…</translation>
        </message>
        <message>
            <source>CSV spreadsheets (*.csv)</source>
            <translation>Hojas de cálculo CSV (*.csv)</translation>
        </message>
        <message>
            <source>&amp;FHIR R4 bundle for clinics…</source>
            <translation>Paquete &amp;FHIR R4 para clínicas…</translation>
        </message>
        <message>
            <source>FHIR bundles (*.fhir.json)</source>
            <translation>Paquetes FHIR (*.fhir.json)</translation>
        </message>
        <message>
            <source>Write the whole diary to a file of this kind</source>
            <translation>Escribir todo el diario en un archivo de este tipo</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Export the diary</source>
            <translation>Exportar el diario</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>The file was not written: {error}</source>
            <translation>El archivo no se escribió: {error}</translation>
        </message>
        <message>
            <source>Wrote {what} to {path}.</source>
            <translation>{what} escrito en {path}.</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Could not redo “{what}”: {reason}</source>
            <translation>No se pudo rehacer «{what}»: {reason}</translation>
        </message>
        <message>
            <source>Could not undo “{what}”: {reason}</source>
            <translation>No se pudo deshacer «{what}»: {reason}</translation>
        </message>
        <message>
            <source>the diary it was made in has been replaced.</source>
            <translation>el diario en el que se hizo ha sido sustituido.</translation>
        </message>
        <message>
            <source>Log pain {pain}</source>
            <translation>Registrar dolor {pain}</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Editar registro</translation>
        </message>
        <message>
            <source>Delete {count} entries</source>
            <translation>Borrar {count} registros</translation>
        </message>
    </context>
    <context>
        <name>paindiary</name>
        <message>
            <source>Every one of these courses had the same dose, so there is no trend to measure.</source>
            <translation>Todos estos ciclos tuvieron la misma dosis, así que no hay tendencia que medir.</translation>
        </message>
        <message>
            <source>Relief lasted equally long after each of these courses, so there is no trend to measure.</source>
            <translation>El alivio duró lo mismo tras cada uno de estos ciclos, así que no hay tendencia que medir.</translation>
        </message>
        <message>
            <source>Needs at least {needed} courses with a known dose and a completed relief window; you have {count}.</source>
            <translation>Se necesitan al menos {needed} ciclos con dosis conocida y un periodo de alivio completo; usted tiene {count}.</translation>
        </message>
        <message>
            <source>not enough entries before this course to compare with</source>
            <translation>no hay suficientes registros antes de este ciclo para comparar</translation>
        </message>
        <message>
            <source>no pain before this course to compare with</source>
            <translation>sin dolor antes de este ciclo con el que comparar</translation>
        </message>
        <message>
            <source>no entries since this course yet</source>
            <translation>aún no hay registros desde este ciclo</translation>
        </message>
        <message>
            <source>too early to tell</source>
            <translation>aún es pronto para saberlo</translation>
        </message>
        <message>
            <source>relief at 30 % for at least {days} day so far</source>
            <translation>alivio del 30 % durante al menos {days} día hasta ahora</translation>
        </message>
        <message>
            <source>relief at 30 % for at least {days} days so far</source>
            <translation>alivio del 30 % durante al menos {days} días hasta ahora</translation>
        </message>
        <message>
            <source>relief at 30 % for at least {days} day</source>
            <translation>alivio del 30 % durante al menos {days} día</translation>
        </message>
        <message>
            <source>relief at 30 % for at least {days} days</source>
            <translation>alivio del 30 % durante al menos {days} días</translation>
        </message>
        <message>
            <source>no entries in the first {days} day after this course</source>
            <translation>sin registros en el primer {days} día tras este ciclo</translation>
        </message>
        <message>
            <source>no entries in the first {days} days after this course</source>
            <translation>sin registros en los primeros {days} días tras este ciclo</translation>
        </message>
        <message>
            <source>pain did not fall by 30 % or more in the first {days} day</source>
            <translation>el dolor no bajó un 30 % o más en el primer {days} día</translation>
        </message>
        <message>
            <source>pain did not fall by 30 % or more in the first {days} days</source>
            <translation>el dolor no bajó un 30 % o más en los primeros {days} días</translation>
        </message>
        <message>
            <source>relief at 30 % for at least {days} day, then no entries for more than {gap} days</source>
            <translation>alivio del 30 % durante al menos {days} día, luego más de {gap} días sin registros</translation>
        </message>
        <message>
            <source>relief at 30 % for at least {days} days, then no entries for more than {gap} days</source>
            <translation>alivio del 30 % durante al menos {days} días, luego más de {gap} días sin registros</translation>
        </message>
        <message>
            <source>relief at 30 % for {days} day, until the next course</source>
            <translation>alivio del 30 % durante {days} día, hasta el siguiente ciclo</translation>
        </message>
        <message>
            <source>relief at 30 % for {days} days, until the next course</source>
            <translation>alivio del 30 % durante {days} días, hasta el siguiente ciclo</translation>
        </message>
        <message>
            <source>relief at 30 % for {days} day</source>
            <translation>alivio del 30 % durante {days} día</translation>
        </message>
        <message>
            <source>relief at 30 % for {days} days</source>
            <translation>alivio del 30 % durante {days} días</translation>
        </message>
        <message>
            <source>No diary entries in the days after this course, so relief cannot be measured.</source>
            <translation>No hay registros en los días posteriores a este ciclo, así que el alivio no se puede medir.</translation>
        </message>
        <message>
            <source>Bladder symptoms were recorded after at least one session.</source>
            <translation>Se registraron síntomas de vejiga después de al menos una sesión.</translation>
        </message>
        <message>
            <source>the week before</source>
            <translation>la semana anterior</translation>
        </message>
        <message>
            <source>Relief: at least {days} day so far (pain at least {threshold} % below your average of {period}, 3-day median)</source>
            <translation>Alivio: al menos {days} día hasta ahora (dolor al menos un {threshold} % por debajo de su promedio durante {period}, mediana de 3 días)</translation>
        </message>
        <message>
            <source>Relief: at least {days} days so far (pain at least {threshold} % below your average of {period}, 3-day median)</source>
            <translation>Alivio: al menos {days} días hasta ahora (dolor al menos un {threshold} % por debajo de su promedio durante {period}, mediana de 3 días)</translation>
        </message>
        <message>
            <source>Relief: {days} day (pain at least {threshold} % below your average of {period}, 3-day median)</source>
            <translation>Alivio: {days} día (dolor al menos un {threshold} % por debajo de su promedio durante {period}, mediana de 3 días)</translation>
        </message>
        <message>
            <source>Relief: {days} days (pain at least {threshold} % below your average of {period}, 3-day median)</source>
            <translation>Alivio: {days} días (dolor al menos un {threshold} % por debajo de su promedio durante {period}, mediana de 3 días)</translation>
        </message>
        <message>
            <source>Day {day} after course {course}: pain is {percent} % below your average of {period} (3-day median).</source>
            <translation>Día {day} tras el ciclo {course}: el dolor está un {percent} % por debajo de su promedio durante {period} (mediana de 3 días).</translation>
        </message>
        <message>
            <source>Across {count} courses with a completed relief window, relief tended to last longer after higher doses (Spearman's rho {rho}).</source>
            <translation>En {count} ciclos con un periodo de alivio completo, el alivio tendió a durar más tras dosis más altas (rho de Spearman {rho}).</translation>
        </message>
        <message>
            <source>the day before</source>
            <translation>el día anterior</translation>
        </message>
        <message>
            <source>the {days} days before</source>
            <translation>los {days} días anteriores</translation>
        </message>
        <message>
            <source>Not enough diary before this course to know your usual pain ({days} day; {needed} needed).</source>
            <translation>No hay bastante diario antes de este ciclo para conocer su dolor habitual ({days} día; se necesitan {needed}).</translation>
        </message>
        <message>
            <source>Not enough diary before this course to know your usual pain ({days} days; {needed} needed).</source>
            <translation>No hay bastante diario antes de este ciclo para conocer su dolor habitual ({days} días; se necesitan {needed}).</translation>
        </message>
        <message>
            <source>You logged no pain in {period} this course, so there is no pain for relief to reduce.</source>
            <translation>No registró dolor durante {period} a este ciclo, así que no hay dolor que el alivio pueda reducir.</translation>
        </message>
        <message>
            <source>Too early to tell: {days} day of diary since this course.</source>
            <translation>Aún es pronto: {days} día de diario desde este ciclo.</translation>
        </message>
        <message>
            <source>Too early to tell: {days} days of diary since this course.</source>
            <translation>Aún es pronto: {days} días de diario desde este ciclo.</translation>
        </message>
        <message>
            <source>Pain stayed at least {threshold} % below your average of {period} for {days} day; best on day {best_day}, {best} % lower.</source>
            <translation>El dolor se mantuvo al menos un {threshold} % por debajo de su promedio durante {period} durante {days} día; lo mejor, el día {best_day}, un {best} % más bajo.</translation>
        </message>
        <message>
            <source>Pain stayed at least {threshold} % below your average of {period} for {days} days; best on day {best_day}, {best} % lower.</source>
            <translation>El dolor se mantuvo al menos un {threshold} % por debajo de su promedio durante {period} durante {days} días; lo mejor, el día {best_day}, un {best} % más bajo.</translation>
        </message>
        <message>
            <source>At least {days} day so far (still going).</source>
            <translation>Al menos {days} día hasta ahora (continúa).</translation>
        </message>
        <message>
            <source>At least {days} days so far (still going).</source>
            <translation>Al menos {days} días hasta ahora (continúa).</translation>
        </message>
        <message>
            <source>Pain has stayed at least {threshold} % below your average of {period} for at least {days} day so far (still going); best on day {best_day}, {best} % lower.</source>
            <translation>El dolor lleva como mínimo {days} día un {threshold} % o más por debajo de su promedio durante {period} (continúa); lo mejor, el día {best_day}, un {best} % más bajo.</translation>
        </message>
        <message>
            <source>Pain has stayed at least {threshold} % below your average of {period} for at least {days} days so far (still going); best on day {best_day}, {best} % lower.</source>
            <translation>El dolor lleva como mínimo {days} días un {threshold} % o más por debajo de su promedio durante {period} (continúa); lo mejor, el día {best_day}, un {best} % más bajo.</translation>
        </message>
        <message>
            <source>Pain did not drop {threshold} % below your average of {period} by day {window}; even at its lowest (day {best_day}) it was {worse} % higher.</source>
            <translation>El dolor no bajó un {threshold} % por debajo de su promedio durante {period} hasta el día {window}; incluso en su punto más bajo (día {best_day}) fue un {worse} % más alto.</translation>
        </message>
        <message>
            <source>Day {day} after course {course}: pain is {percent} % above your average of {period} (3-day median).</source>
            <translation>Día {day} tras el ciclo {course}: el dolor está un {percent} % por encima de su promedio durante {period} (mediana de 3 días).</translation>
        </message>
        <message>
            <source>Day {day} after course {course}: pain is at your average of {period} (3-day median).</source>
            <translation>Día {day} tras el ciclo {course}: el dolor está en su promedio durante {period} (mediana de 3 días).</translation>
        </message>
        <message>
            <source>Across {count} courses with a completed relief window, relief tended to be shorter after higher doses (Spearman's rho {rho}).</source>
            <translation>En {count} ciclos con un periodo de alivio completo, el alivio tendió a ser más corto tras dosis más altas (rho de Spearman {rho}).</translation>
        </message>
        <message>
            <source>Across {count} courses with a completed relief window, how long relief lasted showed no clear link with the dose (Spearman's rho {rho}).</source>
            <translation>En {count} ciclos con un periodo de alivio completo, la duración del alivio no mostró una relación clara con la dosis (rho de Spearman {rho}).</translation>
        </message>
        <message>
            <source>Recorded after your last course: {names}.</source>
            <translation>Registrado tras su último ciclo: {names}.</translation>
        </message>
        <message>
            <source>Recorded after each of your last {count} courses: {names}.</source>
            <translation>Registrado tras cada uno de sus últimos {count} ciclos: {names}.</translation>
        </message>
        <message>
            <source>Pain did not drop {threshold} % below your average of {period} by day {window}; best on day {best_day}, {best} % lower.</source>
            <translation>El dolor no bajó un {threshold} % por debajo de su promedio durante {period} hasta el día {window}; lo mejor, el día {best_day}, un {best} % más bajo.</translation>
        </message>
        <message>
            <source>Pain did not drop {threshold} % below your average of {period} by day {window}; at best it was at that average (day {best_day}).</source>
            <translation>El dolor no bajó un {threshold} % por debajo de su promedio durante {period} hasta el día {window}; como mucho estuvo en ese promedio (día {best_day}).</translation>
        </message>
        <message>
            <source>Day {day} after course {course}.</source>
            <translation>Día {day} tras el ciclo {course}.</translation>
        </message>
        <message>
            <source>Day {day} after course {course}: no entries close enough to today to compare yet.</source>
            <translation>Día {day} tras el ciclo {course}: aún no hay registros lo bastante cercanos a hoy para comparar.</translation>
        </message>
        <message>
            <source>Course {number} ({date})</source>
            <translation>Ciclo {number} ({date})</translation>
        </message>
        <message>
            <source>Not enough data yet.</source>
            <translation>Aún no hay datos suficientes.</translation>
        </message>
        <message>
            <source>{dose} mg</source>
            <translation>{dose} mg</translation>
        </message>
        <message>
            <source>Side effects: {effects}</source>
            <translation>Efectos secundarios: {effects}</translation>
        </message>
        <message>
            <source>({dose} mg/kg)</source>
            <translation>({dose} mg/kg)</translation>
        </message>
        <message>
            <source>dose not known</source>
            <translation>dosis desconocida</translation>
        </message>
        <message>
            <source>{dose} mg/kg</source>
            <translation>{dose} mg/kg</translation>
        </message>
        <message>
            <source>{course}: relief {days} days at 30 %, {days50} at 50 %; {dose}</source>
            <translation>{course}: alivio de {days} días al 30 %, {days50} al 50 %; {dose}</translation>
        </message>
        <message>
            <source>Relief days (pain ≥ 30 % below usual)</source>
            <translation>Días de alivio (dolor ≥ 30 % por debajo del habitual)</translation>
        </message>
        <message>
            <source>Course (date of first session)</source>
            <translation>Ciclo (fecha de la primera sesión)</translation>
        </message>
        <message>
            <source>Dose of the course (mg/kg)</source>
            <translation>Dosis del ciclo (mg/kg)</translation>
        </message>
        <message>
            <source>Relief days</source>
            <translation>Días de alivio</translation>
        </message>
        <message>
            <source>mg/kg</source>
            <translation>mg/kg</translation>
        </message>
        <message>
            <source>How long relief lasted after each course</source>
            <translation>Cuánto duró el alivio tras cada ciclo</translation>
        </message>
        <message>
            <source>Relief ended</source>
            <translation>Alivio terminado</translation>
        </message>
        <message>
            <source>Still going when the diary or the next course began: at least (≥)</source>
            <translation>Continuaba cuando terminó el diario o empezó el ciclo siguiente: al menos (≥)</translation>
        </message>
        <message>
            <source>Relief days appear here once a course has a week of diary after it.</source>
            <translation>Los días de alivio aparecen aquí cuando un ciclo tiene una semana de diario después.</translation>
        </message>
        <message>
            <source>Spearman's ρ = {rho} over {count} completed courses</source>
            <translation>ρ de Spearman = {rho} en {count} ciclos completos</translation>
        </message>
        <message>
            <source>{name} must end in .png, .svg or .pdf (the format follows the name)</source>
            <translation>{name} debe terminar en .png, .svg o .pdf (el formato depende del nombre)</translation>
        </message>
        <message>
            <source>{percent} % above usual</source>
            <translation>{percent} % por encima de lo habitual</translation>
        </message>
        <message>
            <source>Days since the course (day 0 = day of its last session)</source>
            <translation>Días desde el ciclo (día 0 = día de su última sesión)</translation>
        </message>
        <message>
            <source>Pain reduction from usual (%)</source>
            <translation>Reducción del dolor respecto a lo habitual (%)</translation>
        </message>
        <message>
            <source>Relief after each course</source>
            <translation>Alivio tras cada ciclo</translation>
        </message>
        <message>
            <source>Record a treatment session, and log your pain in the days before and after it, to see how long relief lasts.</source>
            <translation>Anote una sesión de tratamiento y registre su dolor en los días anteriores y posteriores para ver cuánto dura el alivio.</translation>
        </message>
        <message>
            <source>{percent} % below usual</source>
            <translation>{percent} % por debajo de lo habitual</translation>
        </message>
        <message>
            <source>Other courses</source>
            <translation>Otros ciclos</translation>
        </message>
        <message>
            <source>Dashed: relief still going when the diary (or the next course) began</source>
            <translation>Discontinua: el alivio continuaba cuando empezó el diario (o el ciclo siguiente)</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>último</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>seleccionado</translation>
        </message>
        <message>
            <source>Relief can be measured once a course has diary entries on at least {days} of the {period} days before it and entries after it.</source>
            <translation>El alivio se puede medir cuando un ciclo tiene registros en al menos {days} de los {period} días anteriores y registros después.</translation>
        </message>
        <message>
            <source>{course}, day {day}: {reduction}</source>
            <translation>{course}, día {day}: {reduction}</translation>
        </message>
        <message>
            <source>Median of {count} courses</source>
            <translation>Mediana de {count} ciclos</translation>
        </message>
        <message>
            <source>30 %: moderate relief</source>
            <translation>30 %: alivio moderado</translation>
        </message>
        <message>
            <source>50 %: substantial relief</source>
            <translation>50 %: alivio sustancial</translation>
        </message>
        <message>
            <source>{course}, {which}</source>
            <translation>{course}, {which}</translation>
        </message>
        <message>
            <source>Median of the courses, day {day}: {reduction}</source>
            <translation>Mediana de los ciclos, día {day}: {reduction}</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Vía</translation>
        </message>
        <message>
            <source>Dose (mg)</source>
            <translation>Dosis (mg)</translation>
        </message>
        <message>
            <source>Dose (mg/kg)</source>
            <translation>Dosis (mg/kg)</translation>
        </message>
        <message>
            <source>Onset day</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Peak %</source>
            <translation>Máx. %</translation>
        </message>
        <message>
            <source>Relief days at 30 %</source>
            <translation>Días de alivio al 30 %</translation>
        </message>
        <message>
            <source>Relief days at 50 %</source>
            <translation>Días de alivio al 50 %</translation>
        </message>
        <message>
            <source>Side effects (worst)</source>
            <translation>Efectos secundarios (el peor)</translation>
        </message>
        <message>
            <source>too early</source>
            <translation>aún pronto</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Days logged</source>
            <translation>Días registrados</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Settings used: baseline {baseline} days (at least {needed}), course gap {gap} days, onset window {onset} days, follow-up up to {horizon} days. Thresholds 30 % and 50 % (IMMPACT, Dworkin et al. 2008).</source>
            <translation>Ajustes usados: valor basal de {baseline} días (al menos {needed}), sesiones de un ciclo separadas como mucho {gap} días, ventana de inicio de {onset} días, seguimiento de hasta {horizon} días. Umbrales del 30 % y el 50 % (IMMPACT, Dworkin et al. 2008).</translation>
        </message>
        <message>
            <source>Patient-reported data from a personal pain diary (paindiary), generated {date}. Not medical advice: it suggests no dose, diagnosis or treatment.</source>
            <translation>Datos aportados por el paciente desde un diario del dolor personal (paindiary), generado el {date}. No es un consejo médico: no sugiere dosis, diagnóstico ni tratamiento.</translation>
        </message>
        <message>
            <source>Usual pain (baseline)</source>
            <translation>Dolor habitual</translation>
        </message>
        <message>
            <source>Current pain</source>
            <translation>Dolor actual</translation>
        </message>
        <message>
            <source>Pain over the period</source>
            <translation>Dolor en el periodo</translation>
        </message>
        <message>
            <source>Course: one session, or sessions at most {gap} days apart (a loading series). Day 0 is the day of the course's last session.</source>
            <translation>Ciclo: una sesión, o sesiones separadas como mucho por {gap} días (una serie de carga). El día 0 es el día de la última sesión del ciclo.</translation>
        </message>
        <message>
            <source>Usual pain (baseline): the average daily pain over the {days} days before the course's first session; at least {needed} days with entries are needed.</source>
            <translation>Dolor habitual (valor basal): el dolor diario medio en los {days} días anteriores a la primera sesión del ciclo; se necesitan al menos {needed} días con registros.</translation>
        </message>
        <message>
            <source>Relief days at 30 % and 50 %: counted from day 0, how long pain stayed at least 30 % (moderately important) or 50 % (substantial) below usual pain, on a 3-day median of daily pain. Relief must begin by day {onset}. "≥" means relief was still going when the diary or the next course began.</source>
            <translation>Días de alivio al 30 % y al 50 %: contados desde el día 0, cuánto tiempo estuvo el dolor al menos un 30 % (moderadamente importante) o un 50 % (sustancial) por debajo del dolor habitual, según una mediana de 3 días del dolor diario. El alivio debe empezar como tarde el día {onset}. «≥» significa que el alivio continuaba cuando empezó el diario o el ciclo siguiente.</translation>
        </message>
        <message>
            <source>Onset day: the first day with relief at 30 %. Peak %: the largest reduction of the 3-day median. Days are followed for up to {horizon} days or until the next course.</source>
            <translation>Inicio: el primer día con alivio al 30 %. Máx. %: la mayor reducción de la mediana de 3 días. Los días se siguen hasta {horizon} días o hasta el ciclo siguiente.</translation>
        </message>
        <message>
            <source>{logged} of {total} days ({percent} %), {entries} entries</source>
            <translation>{logged} de {total} días ({percent} %), {entries} registros</translation>
        </message>
        <message>
            <source>{courses} courses, {sessions} sessions</source>
            <translation>{courses} ciclos, {sessions} sesiones</translation>
        </message>
        <message>
            <source>Latest course ({date}): {sentence}</source>
            <translation>Último ciclo ({date}): {sentence}</translation>
        </message>
        <message>
            <source>{pain} / 10: average of the {days} days before course {course} ({date})</source>
            <translation>{pain} / 10: promedio de los {days} días anteriores al ciclo {course} ({date})</translation>
        </message>
        <message>
            <source>{pain} / 10: average of {count} logged days, {period}</source>
            <translation>{pain} / 10: promedio de {count} días registrados, {period}</translation>
        </message>
        <message>
            <source>{pain} / 10 on average</source>
            <translation>{pain} / 10 de media</translation>
        </message>
        <message>
            <source>{count} sessions to {date}</source>
            <translation>{count} sesiones hasta el {date}</translation>
        </message>
        <message>
            <source>Severe side effect after course {course} ({date}): {kinds}.</source>
            <translation>Efecto secundario grave tras el ciclo {course} ({date}): {kinds}.</translation>
        </message>
        <message>
            <source>Pain diary: appointment report</source>
            <translation>Diario del dolor: informe para la cita</translation>
        </message>
        <message>
            <source>Treatment courses in this period</source>
            <translation>Ciclos de tratamiento en este periodo</translation>
        </message>
        <message>
            <source>To discuss</source>
            <translation>Para comentar</translation>
        </message>
        <message>
            <source>What the measures mean</source>
            <translation>Qué significan las medidas</translation>
        </message>
        <message>
            <source>Treatment courses (continued)</source>
            <translation>Ciclos de tratamiento (continuación)</translation>
        </message>
        <message>
            <source>No treatment sessions were recorded in this period.</source>
            <translation>En este periodo no se registraron sesiones de tratamiento.</translation>
        </message>
        <message>
            <source>No notes: no recurring, severe or bladder side effects were recorded in this period.</source>
            <translation>Sin notas: en este periodo no se registraron efectos secundarios repetidos, graves ni de vejiga.</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Página {number} de {total}</translation>
        </message>
        <message>
            <source>{course}: {kind}, {counts}</source>
            <translation>{course}: {kind}, {counts}</translation>
        </message>
        <message>
            <source>Course (month of first session)</source>
            <translation>Ciclo (mes de la primera sesión)</translation>
        </message>
        <message>
            <source>Side effects after each course</source>
            <translation>Efectos secundarios tras cada ciclo</translation>
        </message>
        <message>
            <source>No side effects recorded for the courses in this period.</source>
            <translation>No se registraron efectos secundarios en los ciclos de este periodo.</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderado</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <source>Worst severity recorded (× n: recorded n times)</source>
            <translation>Mayor gravedad registrada (× n: registrado n veces)</translation>
        </message>
        <message>
            <source>Side effects appear here once you record treatment sessions.</source>
            <translation>Los efectos secundarios aparecen aquí cuando anote sesiones de tratamiento.</translation>
        </message>
        <message>
            <source>{course}: pain at least 30 % below usual for at least {days} days so far</source>
            <translation>{course}: dolor un 30 % o más por debajo de lo habitual durante al menos {days} días hasta ahora</translation>
        </message>
        <message>
            <source>{course}: pain at least 30 % below usual for {days} days</source>
            <translation>{course}: dolor al menos un 30 % por debajo de lo habitual durante {days} días</translation>
        </message>
        <message>
            <source>Pain (0 = none, 10 = worst imaginable)</source>
            <translation>Dolor (0 = ninguno, 10 = el peor imaginable)</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Dolor (0–10)</translation>
        </message>
        <message>
            <source>{date}: pain {pain} ({count} entries)</source>
            <translation>{date}: dolor {pain} ({count} registros)</translation>
        </message>
        <message>
            <source>{count} × {dose} mg</source>
            <translation>{count} × {dose} mg</translation>
        </message>
        <message>
            <source>Relief ≥ 30 % (3-day median)</source>
            <translation>Alivio ≥ 30 % (mediana de 3 días)</translation>
        </message>
        <message>
            <source>Daily pain (mean of the day)</source>
            <translation>Dolor diario (media del día)</translation>
        </message>
        <message>
            <source>7-day median</source>
            <translation>Mediana de 7 días</translation>
        </message>
        <message>
            <source>Treatment session (dose)</source>
            <translation>Sesión de tratamiento (dosis)</translation>
        </message>
        <message>
            <source>Side effect: mild, moderate, severe</source>
            <translation>Efecto secundario: leve, moderado, grave</translation>
        </message>
        <message>
            <source>Daily pain</source>
            <translation>Dolor diario</translation>
        </message>
        <message>
            <source>Log your pain for a few days to see it over time here.</source>
            <translation>Registre su dolor durante unos días para verlo aquí a lo largo del tiempo.</translation>
        </message>
        <message>
            <source>Daily pain, {period}</source>
            <translation>Dolor diario, {period}</translation>
        </message>
        <message>
            <source>Saved the {kind} chart to {path}.</source>
            <translation>Gráfico «{kind}» guardado en {path}.</translation>
        </message>
        <message>
            <source>Saved a {pages}-page report ({period}, {courses} courses) to {path}.</source>
            <translation>Informe de {pages} páginas ({period}, {courses} ciclos) guardado en {path}.</translation>
        </message>
        <message>
            <source>{start} is after --to {end}</source>
            <translation>{start} es posterior a --to {end}</translation>
        </message>
        <message>
            <source>the diary has no treatment courses yet</source>
            <translation>el diario aún no tiene ciclos de tratamiento</translation>
        </message>
        <message>
            <source>cannot be written ({reason})</source>
            <translation>no se puede escribir ({reason})</translation>
        </message>
        <message>
            <source>{value!r} is not a course number of this diary (1 to {last})</source>
            <translation>{value!r} no es un número de ciclo de este diario (1 a {last})</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Dose mg</source>
            <translation>Dosis mg</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Valor basal</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Peak day</source>
            <translation>Día del máximo</translation>
        </message>
        <message>
            <source>Relief 30 %</source>
            <translation>Alivio 30 %</translation>
        </message>
        <message>
            <source>Relief 50 %</source>
            <translation>Alivio 50 %</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>No treatment sessions recorded yet, so there are no courses to summarise.</source>
            <translation>Aún no hay sesiones de tratamiento registradas, así que no hay ciclos que resumir.</translation>
        </message>
        <message>
            <source>Course {number}: {sentence}</source>
            <translation>Ciclo {number}: {sentence}</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>paindiary CSV</source>
            <translation>CSV de paindiary</translation>
        </message>
        <message>
            <source>is not a paindiary CSV column (see docs/formats.md)</source>
            <translation>no es una columna de un CSV de paindiary (vea docs/formats.md)</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>aparece dos veces en el encabezado</translation>
        </message>
        <message>
            <source>Every column is read as written (ids, times and values are kept exactly).</source>
            <translation>Cada columna se lee tal como está escrita (identificadores, horas y valores se conservan exactamente).</translation>
        </message>
        <message>
            <source>{text!r} is not a whole number</source>
            <translation>{text!r} no es un número entero</translation>
        </message>
        <message>
            <source>{text!r} is not a number</source>
            <translation>{text!r} no es un número</translation>
        </message>
        <message>
            <source>{value!r} is not one of: entry, session, side-effect, setting</source>
            <translation>{value!r} no es ninguno de: entry, session, side-effect, setting</translation>
        </message>
        <message>
            <source>{name!r} is not a setting (known: {known})</source>
            <translation>{name!r} no es un ajuste (conocidos: {known})</translation>
        </message>
        <message>
            <source>must be empty when record is {record!r}</source>
            <translation>debe estar vacío cuando record es {record!r}</translation>
        </message>
        <message>
            <source>{id} is not a session in this file</source>
            <translation>{id} no es una sesión de este archivo</translation>
        </message>
        <message>
            <source>dates like {example} could be day-first or month-first</source>
            <translation>fechas como {example} pueden ser con el día primero o con el mes primero</translation>
        </message>
        <message>
            <source>{text!r} is not a time like 08:30</source>
            <translation>{text!r} no es una hora como 08:30</translation>
        </message>
        <message>
            <source>{text!r} is not a real time</source>
            <translation>{text!r} no es una hora válida</translation>
        </message>
        <message>
            <source>{text!r} is not a date ({hint})</source>
            <translation>{text!r} no es una fecha ({hint})</translation>
        </message>
        <message>
            <source>{text!r} is not written like the dates above it</source>
            <translation>{text!r} no está escrita como las fechas anteriores</translation>
        </message>
        <message>
            <source>{text!r} has no time of day</source>
            <translation>{text!r} no tiene hora del día</translation>
        </message>
        <message>
            <source>{text!r} is not a whole number from {low} to {high}</source>
            <translation>{text!r} no es un número entero de {low} a {high}</translation>
        </message>
        <message>
            <source>Rows that repeat an earlier row exactly, counted once: {n}.</source>
            <translation>Filas que repiten exactamente una fila anterior, contadas una vez: {n}.</translation>
        </message>
        <message>
            <source>Recognise from the file</source>
            <translation>Reconocer a partir del archivo</translation>
        </message>
        <message>
            <source>paindiary JSON document</source>
            <translation>Documento JSON de paindiary</translation>
        </message>
        <message>
            <source>Other spreadsheet (choose the columns)</source>
            <translation>Otra hoja de cálculo (elegir las columnas)</translation>
        </message>
        <message>
            <source>{entries} entries, {sessions} sessions</source>
            <translation>{entries} registros, {sessions} sesiones</translation>
        </message>
        <message>
            <source>this file is a spreadsheet, not a JSON document</source>
            <translation>este archivo es una hoja de cálculo, no un documento JSON</translation>
        </message>
        <message>
            <source>line {n}</source>
            <translation>línea {n}</translation>
        </message>
        <message>
            <source>; {n} already in your diary</source>
            <translation>; {n} ya en su diario</translation>
        </message>
        <message>
            <source>; {n} differ from records with the same id in your diary ({first})</source>
            <translation>; {n} difieren de registros con el mismo identificador en su diario ({first})</translation>
        </message>
        <message>
            <source>{columns} is not the header of a format paindiary recognises; name the columns</source>
            <translation>{columns} no es el encabezado de un formato que paindiary reconozca; indique las columnas</translation>
        </message>
        <message>
            <source>Every field is read as written (ids, times and values are kept exactly).</source>
            <translation>Cada campo se lee tal como está escrito (identificadores, horas y valores se conservan exactamente).</translation>
        </message>
        <message>
            <source>the columns are not those of a {label} export</source>
            <translation>las columnas no son las de una exportación de {label}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>Spreadsheet (chosen columns)</source>
            <translation>Hoja de cálculo (columnas elegidas)</translation>
        </message>
        <message>
            <source>pain=COLUMN is required</source>
            <translation>pain=COLUMNA es obligatorio</translation>
        </message>
        <message>
            <source>give either at=COLUMN or date=COLUMN (with time=COLUMN)</source>
            <translation>indique at=COLUMNA o date=COLUMNA (con time=COLUMNA)</translation>
        </message>
        <message>
            <source>time=COLUMN goes with date=COLUMN</source>
            <translation>time=COLUMNA va con date=COLUMNA</translation>
        </message>
        <message>
            <source>{column} → when (date and time)</source>
            <translation>{column} → cuándo (fecha y hora)</translation>
        </message>
        <message>
            <source>{column} → pain (whole numbers 0–10)</source>
            <translation>{column} → dolor (números enteros 0–10)</translation>
        </message>
        <message>
            <source> (map it as date=COLUMN to place entries at 12:00)</source>
            <translation> (asígnela como date=COLUMNA para situar los registros a las 12:00)</translation>
        </message>
        <message>
            <source>Rows without a pain value, left out: {n}.</source>
            <translation>Filas sin valor de dolor, omitidas: {n}.</translation>
        </message>
        <message>
            <source>{date} + {time} → when</source>
            <translation>{date} + {time} → cuándo</translation>
        </message>
        <message>
            <source>{date} → when (placed at 12:00: there is no time column)</source>
            <translation>{date} → cuándo (a las 12:00: no hay columna de hora)</translation>
        </message>
        <message>
            <source>{column} → note</source>
            <translation>{column} → nota</translation>
        </message>
        <message>
            <source>{part!r} is not ROLE=COLUMN</source>
            <translation>{part!r} no es FUNCIÓN=COLUMNA</translation>
        </message>
        <message>
            <source>{role!r} is not one of: {roles}</source>
            <translation>{role!r} no es ninguno de: {roles}</translation>
        </message>
        <message>
            <source>{role} is given twice</source>
            <translation>{role} aparece dos veces</translation>
        </message>
        <message>
            <source>line {n}: no pain value, left out</source>
            <translation>línea {n}: sin valor de dolor, omitida</translation>
        </message>
        <message>
            <source>Rows whose category is Symptom are read; other categories are left out.</source>
            <translation>Se leen las filas de la categoría Symptom; las demás categorías se omiten.</translation>
        </message>
        <message>
            <source>date formatted + time of day → when (am 08:00, mid 13:00, pm 19:00, night 22:00, else 12:00)</source>
            <translation>date formatted + momento del día → cuándo (am 08:00, mid 13:00, pm 19:00, night 22:00, si no 12:00)</translation>
        </message>
        <message>
            <source>Symptoms logged together become one entry; pain = the highest rating, converted from 1–4 to 0–10 (Mild 3, Moderate 5, Severe 8, Unbearable 10), each conversion written in the note</source>
            <translation>Los síntomas registrados juntos forman un registro; dolor = la valoración más alta, convertida de 1–4 a 0–10 (Mild 3, Moderate 5, Severe 8, Unbearable 10); cada conversión se anota en la nota</translation>
        </message>
        <message>
            <source>names no symptom</source>
            <translation>no indica ningún síntoma</translation>
        </message>
        <message>
            <source>[Imported from Bearable: {parts}; pain is the highest of these</source>
            <translation>[Importado de Bearable: {parts}; el dolor es el más alto de estos</translation>
        </message>
        <message>
            <source>; time of day {text!r} placed at 12:00</source>
            <translation>; momento del día {text!r} situado a las 12:00</translation>
        </message>
        <message>
            <source>{n} does not match the severity {word!r} in the detail</source>
            <translation>{n} no coincide con la gravedad {word!r} del detalle</translation>
        </message>
        <message>
            <source>{text!r} has no severity (Mild, Moderate, Severe or Unbearable)</source>
            <translation>{text!r} no tiene gravedad (Mild, Moderate, Severe o Unbearable)</translation>
        </message>
        <message>
            <source>{label}: 1–4 scale value {value} converted to 0–10 as {converted}</source>
            <translation>{label}: valor {value} de la escala 1–4 convertido a 0–10 como {converted}</translation>
        </message>
        <message>
            <source>Rows of other categories were left out: {listed}.</source>
            <translation>Se omitieron filas de otras categorías: {listed}.</translation>
        </message>
        <message>
            <source>Date → when (placed at 12:00: check-ins have no time)</source>
            <translation>Date → cuándo (a las 12:00: los check-ins no tienen hora)</translation>
        </message>
        <message>
            <source>Tags → note; Foods and weather are left out</source>
            <translation>Tags → nota; alimentos y tiempo se omiten</translation>
        </message>
        <message>
            <source>Rated 0–4 (conditions and symptoms): {names}; pain = the highest, converted to 0–10 (1 → 3, 2 → 5, 3 → 8, 4 → 10), each conversion written in the note</source>
            <translation>Valorados de 0 a 4 (enfermedades y síntomas): {names}; dolor = la más alta, convertida a 0–10 (1 → 3, 2 → 5, 3 → 8, 4 → 10); cada conversión se anota en la nota</translation>
        </message>
        <message>
            <source>[Imported from Flaredown: {parts}; pain is the highest of these]</source>
            <translation>[Importado de Flaredown: {parts}; el dolor es el más alto de estos]</translation>
        </message>
        <message>
            <source>Treatments, kept in the note: {names}</source>
            <translation>Tratamientos, guardados en la nota: {names}</translation>
        </message>
        <message>
            <source>{name}: 0–4 scale value {value} converted to 0–10 as {converted}</source>
            <translation>{name}: valor {value} de la escala 0–4 convertido a 0–10 como {converted}</translation>
        </message>
        <message>
            <source>Check-ins without any rating, left out: {n}.</source>
            <translation>Check-ins sin ninguna valoración, omitidos: {n}.</translation>
        </message>
        <message>
            <source>Treatments: {list}</source>
            <translation>Tratamientos: {list}</translation>
        </message>
        <message>
            <source>Tags: {list}</source>
            <translation>Etiquetas: {list}</translation>
        </message>
        <message>
            <source>Date + Time → when (local time, as written)</source>
            <translation>Date + Time → cuándo (hora local, tal como está escrita)</translation>
        </message>
        <message>
            <source>Pain Level → pain (already 0–10, taken as it is)</source>
            <translation>Pain Level → dolor (ya es 0–10, se toma tal cual)</translation>
        </message>
        <message>
            <source>Locations → where it hurts (split at ';')</source>
            <translation>Locations → dónde duele (separado por ';')</translation>
        </message>
        <message>
            <source>Notes, {columns} → note</source>
            <translation>Notes, {columns} → nota</translation>
        </message>
        <message>
            <source>; analysis settings taken from the file</source>
            <translation>; ajustes de análisis tomados del archivo</translation>
        </message>
        <message>
            <source>{entries} entries and {sessions} sessions</source>
            <translation>{entries} registros y {sessions} sesiones</translation>
        </message>
        <message>
            <source>Imported {entries} entries and {sessions} sessions</source>
            <translation>Importados {entries} registros y {sessions} sesiones</translation>
        </message>
        <message>
            <source>; {n} already in your diary were skipped</source>
            <translation>; se omitieron {n} que ya estaban en su diario</translation>
        </message>
        <message>
            <source>{start} is after {end}</source>
            <translation>{start} es posterior a {end}</translation>
        </message>
        <message>
            <source>{paper!r} is not one of: a4, letter</source>
            <translation>{paper!r} no es ninguno de: a4, letter</translation>
        </message>
        <message>
            <source>{name} must end in .pdf</source>
            <translation>{name} debe terminar en .pdf</translation>
        </message>
        <message>
            <source>has {cells} cells but the header has {columns} columns</source>
            <translation>tiene {cells} celdas, pero el encabezado tiene {columns} columnas</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>{whole}.{fraction}</source>
            <translation>{whole},{fraction}</translation>
        </message>
        <message>
            <source>{path} could not be read or written ({detail}).</source>
            <translation>No se pudo leer o escribir {path} ({detail}).</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}).</source>
            <translation>{path} está dañado ({detail}).</translation>
        </message>
        <message>
            <source>The disk is full; the backup could not be written.</source>
            <translation>El disco está lleno; no se pudo escribir la copia de seguridad.</translation>
        </message>
        <message>
            <source>There is no diary at {path} to back up.</source>
            <translation>No hay ningún diario en {path} del que hacer copia.</translation>
        </message>
        <message>
            <source>paindiary is open with this diary (process {pid}); close it first.</source>
            <translation>paindiary tiene abierto este diario (proceso {pid}); ciérrelo primero.</translation>
        </message>
        <message>
            <source>side effects point to missing sessions</source>
            <translation>hay efectos secundarios que apuntan a sesiones que faltan</translation>
        </message>
        <message>
            <source>{path} could not be read ({reason}).</source>
            <translation>No se pudo leer {path} ({reason}).</translation>
        </message>
        <message>
            <source>The copy of {path} does not match the diary; try again.</source>
            <translation>La copia de {path} no coincide con el diario; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{path} could not be copied ({reason}).</source>
            <translation>No se pudo copiar {path} ({reason}).</translation>
        </message>
        <message>
            <source>The copy of {path} does not match it; nothing was changed.</source>
            <translation>La copia de {path} no coincide con él; no se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is not a diary backup.</source>
            <translation>{path} no es una copia de seguridad del diario.</translation>
        </message>
        <message>
            <source>{path} is damaged: {detail}</source>
            <translation>{path} está dañado: {detail}</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of paindiary; update paindiary to use it.</source>
            <translation>{path} se creó con una versión más reciente de paindiary; actualice paindiary para usarlo.</translation>
        </message>
        <message>
            <source>Your records were deleted, but another program has the diary open; close it and try again.</source>
            <translation>Sus datos se borraron, pero otro programa tiene el diario abierto; ciérrelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The diary could not be opened: {detail}</source>
            <translation>No se pudo abrir el diario: {detail}</translation>
        </message>
        <message>
            <source>Nothing was deleted: {detail}</source>
            <translation>No se borró nada: {detail}</translation>
        </message>
        <message>
            <source>Your records were deleted, but the file could not be cleaned: {detail}</source>
            <translation>Sus datos se borraron, pero el archivo no se pudo limpiar: {detail}</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) is cut short</source>
            <translation>el registro de cambios recientes (-wal) está cortado</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) is not a SQLite log</source>
            <translation>el registro de cambios recientes (-wal) no es un registro de SQLite</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) belongs to a different file</source>
            <translation>el registro de cambios recientes (-wal) pertenece a otro archivo</translation>
        </message>
        <message>
            <source>the log of recent changes (-wal) has a damaged header</source>
            <translation>el registro de cambios recientes (-wal) tiene la cabecera dañada</translation>
        </message>
        <message>
            <source>the file is not a SQLite database</source>
            <translation>el archivo no es una base de datos SQLite</translation>
        </message>
        <message>
            <source>the file is a database, but not a diary</source>
            <translation>el archivo es una base de datos, pero no un diario</translation>
        </message>
        <message>
            <source>the diary was written by a newer version of paindiary (schema {revision})</source>
            <translation>el diario lo escribió una versión más reciente de paindiary (esquema {revision})</translation>
        </message>
        <message>
            <source>there is no diary file here</source>
            <translation>aquí no hay ningún archivo de diario</translation>
        </message>
        <message>
            <source>{table} row {row} points to a missing {parent} record</source>
            <translation>{table} fila {row} apunta a un registro {parent} que falta</translation>
        </message>
        <message>
            <source>IV infusion</source>
            <translation>Infusión intravenosa</translation>
        </message>
        <message>
            <source>IM injection</source>
            <translation>Inyección intramuscular</translation>
        </message>
        <message>
            <source>Subcutaneous</source>
            <translation>Subcutánea</translation>
        </message>
        <message>
            <source>Intranasal</source>
            <translation>Intranasal</translation>
        </message>
        <message>
            <source>Oral</source>
            <translation>Oral</translation>
        </message>
        <message>
            <source>Local injection</source>
            <translation>Inyección local</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Dissociation</source>
            <translation>Disociación</translation>
        </message>
        <message>
            <source>Hallucinations</source>
            <translation>Alucinaciones</translation>
        </message>
        <message>
            <source>Visual disturbances</source>
            <translation>Alteraciones visuales</translation>
        </message>
        <message>
            <source>Disorientation</source>
            <translation>Desorientación</translation>
        </message>
        <message>
            <source>Dizziness</source>
            <translation>Mareo</translation>
        </message>
        <message>
            <source>Drowsiness</source>
            <translation>Somnolencia</translation>
        </message>
        <message>
            <source>Nausea</source>
            <translation>Náuseas</translation>
        </message>
        <message>
            <source>Vomiting</source>
            <translation>Vómitos</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Dolor de cabeza</translation>
        </message>
        <message>
            <source>Elevated heart rate</source>
            <translation>Frecuencia cardiaca elevada</translation>
        </message>
        <message>
            <source>Elevated blood pressure</source>
            <translation>Presión arterial elevada</translation>
        </message>
        <message>
            <source>Increased secretions</source>
            <translation>Aumento de secreciones</translation>
        </message>
        <message>
            <source>Anxiety</source>
            <translation>Ansiedad</translation>
        </message>
        <message>
            <source>Agitation</source>
            <translation>Agitación</translation>
        </message>
        <message>
            <source>Bladder symptoms</source>
            <translation>Síntomas de vejiga</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>too little diary before</source>
            <translation>poco diario antes</translation>
        </message>
        <message>
            <source>no pain before</source>
            <translation>sin dolor antes</translation>
        </message>
        <message>
            <source>no entries after</source>
            <translation>sin registros después</translation>
        </message>
    </context>
</TS>
