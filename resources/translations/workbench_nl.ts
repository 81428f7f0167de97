<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="24"/>
        <source>desktop user interface</source>
        <extracomment>(component, licence, what we use it for); shown in the About dialog.</extracomment>
        <translation>gebruikersinterface</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="26"/>
        <source>charts</source>
        <translation>grafieken</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="27"/>
        <source>tables</source>
        <translation>tabellen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="31"/>
        <source>cost table, Parquet</source>
        <translation>kostentabel, Parquet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="33"/>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="34"/>
        <source>Excel export and import</source>
        <translation>Excel-export en -import</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="35"/>
        <source>fast Excel import</source>
        <translation>snelle Excel-import</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="36"/>
        <source>catalogues and questionnaires</source>
        <translation>catalogi en vragenlijsten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="37"/>
        <source>service lookup data</source>
        <translation>opzoektabellen voor diensten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="41"/>
        <source>canonical column names</source>
        <translation>standaard kolomnamen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="49"/>
        <source>About FinOps Maturity Workbench</source>
        <translation>Over FinOps Maturity Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="56"/>
        <source>An offline workbench for FinOps workshops: import billing exports, analyse spend, assess Crawl/Walk/Run maturity and present a roadmap. Your data never leaves this computer.</source>
        <translation>Een offline werkbank voor FinOps-workshops: importeer facturatie-exports, analyseer de uitgaven, bepaal de volwassenheid (Crawl/Walk/Run) en presenteer een roadmap. Uw gegevens verlaten deze computer nooit.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="63"/>
        <source>Third-party components and licences</source>
        <translation>Onderdelen van derden en hun licenties</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="71"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="71"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="71"/>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
</context>
<context>
    <name>AllocationLinesPanel</name>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="100"/>
        <source>Lines allocated to this recipient</source>
        <translation>Kostenposten toegewezen aan deze ontvanger</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="102"/>
        <source>Lines allocated by this rule</source>
        <translation>Kostenposten toegewezen door deze regel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="104"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="105"/>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="128"/>
        <source>Finding the lines…</source>
        <translation>Kostenposten zoeken…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="141"/>
        <source>The lines could not be listed: {0}</source>
        <translation>De kostenposten konden niet worden getoond: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="145"/>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="232"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="146"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="147"/>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="233"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="148"/>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="234"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="149"/>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="234"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="150"/>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="235"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="151"/>
        <source>File:row</source>
        <translation>Bestand:rij</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="157"/>
        <source>pool {0}</source>
        <translation>pool {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="157"/>
        <source>(unallocated)</source>
        <translation>(niet toegewezen)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="165"/>
        <source>Select a rule or a recipient to see the cost lines behind it.</source>
        <translation>Selecteer een regel of een ontvanger om de kostenposten erachter te zien.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="174"/>
        <source>(no resource)</source>
        <translation>(geen resource)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="184"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="191"/>
        <source>No rule matched</source>
        <translation>Geen regel van toepassing</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="193"/>
        <source>Rule {0}</source>
        <translation>Regel {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="195"/>
        <source>Recipient {0}</source>
        <translation>Ontvanger {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="197"/>
        <source>{0}: {1} lines from {2} cost rows.</source>
        <translation>{0}: {1} posten uit {2} kostenrijen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="202"/>
        <source>The largest {0} are shown; {1} more lines total {2}.</source>
        <translation>De grootste {0} staan hier; {1} andere posten samen {2}.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="208"/>
        <source>Shared cost reaches a recipient through pool splits, not lines.</source>
        <translation>Gedeelde kosten komen via de verdeling van pools bij een ontvanger, niet als posten.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="218"/>
        <source>Export lines</source>
        <translation>Posten exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="218"/>
        <source>allocation-lines.xlsx</source>
        <translation>toewijzingsposten.xlsx</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="232"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="232"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="232"/>
        <source>Rule description</source>
        <translation>Omschrijving regel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="233"/>
        <source>Resource ID</source>
        <translation>Resource-ID</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="233"/>
        <source>Resource name</source>
        <translation>Resourcenaam</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="234"/>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="234"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="235"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="235"/>
        <source>First row</source>
        <translation>Eerste rij</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="235"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="239"/>
        <source>Lines</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="239"/>
        <source>Other lines (not shown)</source>
        <translation>Overige posten (niet getoond)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_lines_panel.py" line="242"/>
        <source>Could not write {0}: {1}</source>
        <translation>Kon {0} niet schrijven: {1}</translation>
    </message>
</context>
<context>
    <name>AllocationTab</name>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="147"/>
        <source>Allocation rules</source>
        <translation>Toewijzingsregels</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="150"/>
        <source>Rules run top to bottom; the first rule that matches a cost line allocates it.</source>
        <translation>Regels werken van boven naar beneden; de eerste regel die past, wijst de kostenregel toe.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="153"/>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="154"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="155"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="156"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="157"/>
        <source>Apply rule</source>
        <translation>Regel toepassen</translation>
    </message>
    <message>
        <source>Allocated cost per recipient</source>
        <translation type="vanished">Toegewezen kosten per ontvanger</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="158"/>
        <source>Edit or add a rule</source>
        <translation>Regel bewerken of toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="161"/>
        <source>A pool shares the cost that rules send to it among its recipients: evenly, in proportion to their direct spend, or by fixed percentages.</source>
        <translation>Een pool verdeelt de kosten die regels ernaartoe sturen over de ontvangers: gelijk, naar verhouding van hun directe kosten, of met vaste percentages.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="166"/>
        <source>Shared cost pools</source>
        <translation>Pools voor gedeelde kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="166"/>
        <source>Cost per recipient</source>
        <translation>Kosten per ontvanger</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="166"/>
        <source>Cost lines</source>
        <translation>Kostenposten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="169"/>
        <source>Save pool</source>
        <translation>Pool opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="172"/>
        <source>Allocate to teams</source>
        <translation>Toewijzen aan teams</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="172"/>
        <source>Allocate to products</source>
        <translation>Toewijzen aan producten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="173"/>
        <source>Allocate to cost centres</source>
        <translation>Toewijzen aan kostenplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="200"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="201"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="202"/>
        <source>Reads</source>
        <translation>Leest</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="203"/>
        <source>Goes to</source>
        <translation>Gaat naar</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="204"/>
        <source>Cost caught</source>
        <translation>Gevangen kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="208"/>
        <source>pool {0}</source>
        <translation>pool {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="209"/>
        <source>tag value</source>
        <translation>tagwaarde</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="219"/>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="257"/>
        <source>No rule matched</source>
        <translation>Geen regel paste</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_tab.py" line="228"/>
        <source>(unallocated)</source>
        <translation>(niet toegewezen)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="vanished">Ontvanger</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="vanished">Direct</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="vanished">Gedeeld</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">Totaal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="vanished">Aandeel</translation>
    </message>
    <message>
        <source>Allocated spend (direct + shared) ÷ total spend, on the chosen cost metric</source>
        <translation type="vanished">Toegewezen kosten (direct + gedeeld) ÷ totale kosten, op de gekozen kostenmaatstaf</translation>
    </message>
    <message>
        <source>Allocatable share</source>
        <translation type="vanished">Toewijsbaar aandeel</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="vanished">Niet toegewezen</translation>
    </message>
    <message>
        <source>No rule or pool split gave this cost a recipient</source>
        <translation type="vanished">Geen regel of poolverdeling gaf deze kosten een ontvanger</translation>
    </message>
    <message>
        <source>✓ Allocated + unallocated = total spend, to the cent, for every month.</source>
        <translation type="vanished">✓ Toegewezen + niet toegewezen = totale kosten, op de cent, voor elke maand.</translation>
    </message>
    <message>
        <source>✗ The allocation does not add up: {0}</source>
        <translation type="vanished">✗ De toewijzing sluit niet aan: {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentLabels</name>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="23"/>
        <source>FinOps practitioner</source>
        <translation>FinOps-practitioner</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="24"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="25"/>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="26"/>
        <location filename="../../workbench/gui/assessment/labels.py" line="38"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="27"/>
        <source>Leadership</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="28"/>
        <source>Procurement</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="35"/>
        <source>Whole organisation</source>
        <translation>Hele organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="36"/>
        <source>Business unit</source>
        <translation>Bedrijfsonderdeel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="37"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="39"/>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="46"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="47"/>
        <source>Don&apos;t know</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="48"/>
        <source>Skip for now</source>
        <translation>Later beantwoorden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="55"/>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/labels.py" line="60"/>
        <source>The whole group</source>
        <translation>De hele groep</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../workbench/gui/pages/assessment.py" line="78"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/assessment.py" line="108"/>
        <source>Where does the organisation stand per capability, and what is the right next step? Crawl, Walk or Run, backed by the client&apos;s own data.</source>
        <translation>Waar staat de organisatie per capability, en wat is de juiste volgende stap? Crawl, Walk of Run, onderbouwd met de eigen data van de klant.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/assessment.py" line="112"/>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/assessment.py" line="113"/>
        <source>Presenter mode</source>
        <translation>Presentatiemodus</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/assessment.py" line="114"/>
        <source>1. Set-up</source>
        <translation>1. Opzet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/assessment.py" line="115"/>
        <source>2. Workshop</source>
        <translation>2. Workshop</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/assessment.py" line="116"/>
        <source>3. Results</source>
        <translation>3. Resultaten</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="254"/>
        <source>Computed from the answers: %1</source>
        <translation>Berekend uit de antwoorden: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="260"/>
        <source>Respondents range from %1 to %2 of 4.</source>
        <translation>Deelnemers lopen uiteen van %1 tot %2 van 4.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="265"/>
        <source>As computed</source>
        <translation>Zoals berekend</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="266"/>
        <location filename="../../workbench/gui/assessment/wizard.py" line="276"/>
        <source>Default (%1)</source>
        <translation>Standaard (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="283"/>
        <source>Agreed level: %1</source>
        <translation>Afgesproken niveau: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="319"/>
        <source>Give a reason for the agreed level.</source>
        <translation>Geef een reden voor het afgesproken niveau.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="340"/>
        <source>Capability %1 of %2 · %3 of %4 questions answered</source>
        <translation>Capability %1 van %2 · %3 van %4 vragen beantwoord</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="348"/>
        <source>Answering:</source>
        <translation>Antwoorden van:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="349"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="350"/>
        <source>Agreed level</source>
        <translation>Afgesproken niveau</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="351"/>
        <source>Set</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="352"/>
        <source>Reason for the agreed level</source>
        <translation>Reden voor het afgesproken niveau</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="353"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="354"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="355"/>
        <source>What the room said, examples, follow-ups</source>
        <translation>Wat de groep zei, voorbeelden, vervolgacties</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="357"/>
        <source>1-5 answer · Tab next question · Ctrl+←/→ or PgUp/PgDn capability</source>
        <translation>1-5 antwoord · Tab volgende vraag · Ctrl+←/→ of PgUp/PgDn capability</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="359"/>
        <source>← Previous</source>
        <translation>← Vorige</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="361"/>
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/wizard.py" line="361"/>
        <source>Last capability</source>
        <translation>Laatste capability</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../workbench/gui/busy.py" line="61"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="62"/>
        <source>Coverage per provider</source>
        <extracomment>Coverage at or above this share is shown green (the Walk-stage allocation target). Narrowest tile: a 2x percentage and a short key name; six fit across at 1440 px.</extracomment>
        <translation>Dekking per provider</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="63"/>
        <source>Coverage per account / subscription</source>
        <translation>Dekking per account / subscription</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="64"/>
        <source>Coverage per service</source>
        <translation>Dekking per dienst</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="72"/>
        <source>Coverage is measured by spend: the share of taggable cost that carries the tag. Untaggable cost (taxes, support, some marketplace fees) is left out of the denominator and shown on its own.</source>
        <translation>Dekking is gemeten op kosten: het deel van de tagbare kosten dat de tag heeft. Niet-tagbare kosten (belasting, support, sommige marketplace-kosten) tellen niet mee in de noemer en staan apart.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="86"/>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="109"/>
        <source>All required keys</source>
        <translation>Alle verplichte tags</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="87"/>
        <source>Tag coverage by spend per month (%)</source>
        <translation>Tagdekking op kosten per maand (%)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="104"/>
        <source>Taggable spend with the key present ÷ taggable spend ({0})</source>
        <translation>Tagbare kosten met de tag ÷ tagbare kosten ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="121"/>
        <source>{0} with an allowed value</source>
        <translation>{0} met een toegestane waarde</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="129"/>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="152"/>
        <source>Untaggable</source>
        <translation>Niet-tagbaar</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="132"/>
        <source>Untaggable spend ÷ total spend; not counted in coverage</source>
        <translation>Niet-tagbare kosten ÷ totale kosten; telt niet mee in de dekking</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="145"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="146"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="147"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="151"/>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="154"/>
        <source>All required</source>
        <translation>Alle verplicht</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="160"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/coverage_tab.py" line="173"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../workbench/gui/demo_loader.py" line="55"/>
        <source>Building the demo engagement…</source>
        <translation>De demo-engagement wordt opgebouwd…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/demo_loader.py" line="55"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/demo_loader.py" line="57"/>
        <location filename="../../workbench/gui/demo_loader.py" line="97"/>
        <source>Demo engagement</source>
        <translation>Demo-engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/demo_loader.py" line="98"/>
        <source>The demo engagement is not built yet in this version.</source>
        <translation>De demo-engagement is in deze versie nog niet gebouwd.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../workbench/gui/pages/import_widgets.py" line="73"/>
        <source>Drop a billing export here, or open the demo engagement</source>
        <translation>Sleep een facturatie-export hierheen, of open de demo-engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_widgets.py" line="76"/>
        <source>AWS, Azure, Google Cloud, OCI and FOCUS exports are recognised from their content (CSV, CSV.gz, ZIP, Excel, Parquet). Several files at once are fine.</source>
        <translation>Exports van AWS, Azure, Google Cloud, OCI en FOCUS worden herkend aan hun inhoud (CSV, CSV.gz, ZIP, Excel, Parquet). Meerdere bestanden tegelijk kan ook.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_widgets.py" line="80"/>
        <source>Choose files…</source>
        <translation>Bestanden kiezen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_widgets.py" line="81"/>
        <source>Open the demo engagement</source>
        <translation>Demo-engagement openen</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="125"/>
        <source>Undo: {0}</source>
        <extracomment>Section name -&gt; its stored value, or None when the section is absent. Enough for a long workshop; each step holds two small JSON-able snapshots.</extracomment>
        <translation>Ongedaan maken: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="125"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="126"/>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="127"/>
        <source>Redo: {0}</source>
        <translation>Opnieuw: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="127"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="128"/>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw te doen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="141"/>
        <source>add tag key &apos;{0}&apos;</source>
        <translation>tag &apos;{0}&apos; toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="142"/>
        <source>edit tag key &apos;{0}&apos;</source>
        <translation>tag &apos;{0}&apos; bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="143"/>
        <source>remove tag key &apos;{0}&apos;</source>
        <translation>tag &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="144"/>
        <source>accept alias &apos;{0}&apos;</source>
        <translation>alias &apos;{0}&apos; accepteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="145"/>
        <source>reject alias &apos;{0}&apos;</source>
        <translation>alias &apos;{0}&apos; afwijzen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="146"/>
        <source>merge value &apos;{0}&apos;</source>
        <translation>waarde &apos;{0}&apos; samenvoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="147"/>
        <source>keep value &apos;{0}&apos; apart</source>
        <translation>waarde &apos;{0}&apos; apart houden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="148"/>
        <source>add rule &apos;{0}&apos;</source>
        <translation>regel &apos;{0}&apos; toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="149"/>
        <source>change rule &apos;{0}&apos;</source>
        <translation>regel &apos;{0}&apos; wijzigen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="150"/>
        <source>delete rule &apos;{0}&apos;</source>
        <translation>regel &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="151"/>
        <source>move rule &apos;{0}&apos; up</source>
        <translation>regel &apos;{0}&apos; omhoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="152"/>
        <source>move rule &apos;{0}&apos; down</source>
        <translation>regel &apos;{0}&apos; omlaag verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="153"/>
        <source>save pool &apos;{0}&apos;</source>
        <translation>pool &apos;{0}&apos; opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="154"/>
        <source>allocate to {0}</source>
        <translation>toewijzen aan {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="157"/>
        <source>teams</source>
        <translation>teams</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="158"/>
        <source>products</source>
        <translation>producten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/history.py" line="159"/>
        <source>cost centres</source>
        <translation>kostenplaatsen</translation>
    </message>
</context>
<context>
    <name>ErrorBridge</name>
    <message>
        <location filename="../../workbench/gui/errors.py" line="65"/>
        <source>Could not complete</source>
        <extracomment>Errors with a message written for the user; they never show a traceback.</extracomment>
        <translation>Niet gelukt</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../workbench/gui/errors.py" line="91"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="95"/>
        <source>Something went wrong inside the workbench.</source>
        <translation>Er ging iets mis in de workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="98"/>
        <source>Your engagement was saved to a recovery file first; it will be offered the next time you start.</source>
        <translation>Uw engagement is eerst in een herstelbestand bewaard; dat wordt bij de volgende start aangeboden.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="102"/>
        <source>There were no unsaved changes to protect.</source>
        <translation>Er waren geen onopgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="111"/>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="155"/>
        <source>Evidence from the data</source>
        <translation>Onderbouwing uit de data</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="160"/>
        <source>The data cannot speak to this capability: use the questions.</source>
        <translation>De data zegt niets over deze capability: gebruik de vragen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="162"/>
        <source>Calculating the indicators from the data…</source>
        <translation>De indicatoren worden uit de data berekend…</translation>
    </message>
</context>
<context>
    <name>ExplorerView</name>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="140"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="141"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="142"/>
        <source>Billing account</source>
        <translation>Factuuraccount</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="143"/>
        <source>Sub-account</source>
        <translation>Subaccount</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="144"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="145"/>
        <source>Service category</source>
        <translation>Servicecategorie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="146"/>
        <source>Charge category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="147"/>
        <source>Pricing category</source>
        <translation>Prijscategorie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="150"/>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="160"/>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="171"/>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="207"/>
        <source>No spend in this selection.</source>
        <translation>Geen uitgaven in deze selectie.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="210"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="210"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="222"/>
        <source>%1 rows · months as columns · expand a row for resources and source lines · computed in %2 ms</source>
        <translation>%1 rijen · maanden als kolommen · klap een rij open voor resources en bronregels · berekend in %2 ms</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="270"/>
        <source>No source lines.</source>
        <translation>Geen bronregels.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="271"/>
        <source>Showing the %1 largest source lines.</source>
        <translation>De %1 grootste bronregels worden getoond.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="287"/>
        <source>Copied: paste it into a spreadsheet.</source>
        <translation>Gekopieerd: plak het in een spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="301"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="301"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="303"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="306"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="311"/>
        <source>Group by</source>
        <translation>Groeperen op</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="312"/>
        <source>then by</source>
        <translation>daarna op</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="313"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="314"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="315"/>
        <source>Name contains…</source>
        <translation>Naam bevat…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="316"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="317"/>
        <source>Copy as tab-separated text for a spreadsheet</source>
        <translation>Kopiëren als tekst met tabs, voor een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="318"/>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/explorer_view.py" line="319"/>
        <source>Export to Excel</source>
        <translation>Naar Excel exporteren</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../workbench/gui/file_ops.py" line="49"/>
        <source>Engagement files (*%1)</source>
        <translation>Engagementbestanden (*%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/file_ops.py" line="71"/>
        <source>the new engagement</source>
        <translation>de nieuwe engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/file_ops.py" line="74"/>
        <source>Unsaved changes</source>
        <translation>Onopgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/file_ops.py" line="75"/>
        <source>Save the changes to %1 first?</source>
        <translation>Eerst de wijzigingen in %1 opslaan?</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/file_ops.py" line="100"/>
        <source>Open engagement</source>
        <translation>Engagement openen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/file_ops.py" line="112"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/file_ops.py" line="128"/>
        <source>Save engagement as</source>
        <translation>Engagement opslaan als</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/file_ops.py" line="141"/>
        <source>Saving %1…</source>
        <translation>%1 opslaan…</translation>
    </message>
</context>
<context>
    <name>FileReportView</name>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="123"/>
        <source>First rows as imported</source>
        <translation>Eerste rijen zoals geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="129"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="130"/>
        <source>Rejected: nothing was imported</source>
        <translation>Afgewezen: er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="131"/>
        <source>Already imported (same content): nothing added</source>
        <translation>Al geïmporteerd (zelfde inhoud): niets toegevoegd</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="132"/>
        <source>Needs a column mapping</source>
        <translation>Kolomkoppeling nodig</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="133"/>
        <source>Read, not imported</source>
        <translation>Gelezen, niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="139"/>
        <source>Select a file to see its report.</source>
        <translation>Kies een bestand om het rapport te zien.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="147"/>
        <source>Detected: %1, version %2 (confidence %3)</source>
        <translation>Herkend: %1, versie %2 (zekerheid %3)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="156"/>
        <source>Rows read</source>
        <translation>Rijen gelezen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="157"/>
        <source>Rows imported</source>
        <translation>Rijen geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="158"/>
        <source>Rows rejected</source>
        <translation>Rijen afgewezen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="160"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="164"/>
        <source>Tag keys</source>
        <translation>Tagsleutels</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="173"/>
        <source>%1 more rows than read: a source row holding several charges (credits nested in a row, one column per service) becomes one cost row per charge.</source>
        <translation>%1 rijen meer dan gelezen: een bronrij met meerdere kostenposten (credits genest in een rij, één kolom per dienst) wordt één kostenrij per kostenpost.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="179"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="180"/>
        <source>Billed cost</source>
        <translation>Gefactureerde kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="181"/>
        <source>Effective cost</source>
        <translation>Effectieve kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="182"/>
        <source>List cost</source>
        <translation>Catalogusprijs</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="184"/>
        <source>Totals per currency</source>
        <translation>Totalen per valuta</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="197"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="198"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="206"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="206"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="206"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_report_view.py" line="207"/>
        <source>Rejected rows</source>
        <translation>Afgewezen rijen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="168"/>
        <source>Period</source>
        <extracomment>Combo data meaning &quot;no filter on this field&quot;. Combo data of the period choice that enables the two date fields. Narrowest column of the wrapping filter grid: a combo of ~12 characters plus its arrow. A tag key picked before its value: kept in the combo until a value is chosen.</extracomment>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="169"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="170"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="171"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="172"/>
        <source>Billing account</source>
        <translation>Factuuraccount</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="173"/>
        <source>Sub-account</source>
        <translation>Subaccount</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="174"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="175"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="176"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="177"/>
        <source>Tag value</source>
        <translation>Tagwaarde</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="178"/>
        <source>Cost metric</source>
        <translation>Kostenmaat</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="182"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="183"/>
        <source>Show all data again (keeps the cost metric)</source>
        <translation>Weer alle data tonen (de kostenmaat blijft)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="189"/>
        <source>Billed: what the invoice says. Effective: amortised, with commitment purchases spread over their term. List: the public on-demand price.</source>
        <translation>Gefactureerd: wat op de factuur staat. Effectief: afgeschreven, met commitment-aankopen verdeeld over de looptijd. Lijstprijs: de publieke on-demandprijs.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="199"/>
        <source>All data</source>
        <translation>Alle data</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="200"/>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="201"/>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="202"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="203"/>
        <source>Year to date</source>
        <translation>Dit jaar tot nu</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="204"/>
        <source>Custom range</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="216"/>
        <source>Billed</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="217"/>
        <source>Effective (amortised)</source>
        <translation>Effectief (afgeschreven)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="218"/>
        <source>List</source>
        <translation>Lijstprijs</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="252"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/overview/filter_bar.py" line="261"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/filter_bar.py" line="271"/>
        <source>Any</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>FinanceExports</name>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="72"/>
        <source>Roadmap…</source>
        <translation>Roadmap…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="73"/>
        <source>Actions with owner, horizon, due date and status.</source>
        <translation>Acties met eigenaar, horizon, einddatum en status.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="76"/>
        <source>Showback…</source>
        <translation>Showback…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="77"/>
        <source>Cost per team, product and cost centre per month, shared costs split.</source>
        <translation>Kosten per team, product en kostenplaats per maand, gedeelde kosten verdeeld.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="80"/>
        <source>Chargeback per month…</source>
        <translation>Chargeback per maand…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="81"/>
        <source>Ledger lines with one sheet per month, plus a reconciliation.</source>
        <translation>Boekingsregels met een tabblad per maand, plus een aansluiting.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="84"/>
        <source>Chargeback per cost centre…</source>
        <translation>Chargeback per kostenplaats…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="85"/>
        <source>Ledger lines with one sheet per cost centre, plus a reconciliation.</source>
        <translation>Boekingsregels met een tabblad per kostenplaats, plus een aansluiting.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="88"/>
        <source>Tag worklist…</source>
        <translation>Tag-werklijst…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="89"/>
        <source>Untagged and non-compliant resources to fix, largest spend first.</source>
        <translation>Resources zonder of met foute tags om te herstellen, grootste kosten eerst.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="93"/>
        <source>Generate the roadmap on the Roadmap page first.</source>
        <translation>Maak eerst de roadmap op de pagina Roadmap.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/finance_card.py" line="99"/>
        <source>Import billing data first.</source>
        <translation>Importeer eerst factuurdata.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="154"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="178"/>
        <source>Add the client&apos;s billing exports. Each file is checked and reconciled; a file that cannot be read changes nothing.</source>
        <translation>Voeg de facturatie-exports van de klant toe. Elk bestand wordt gecontroleerd en aangesloten; een bestand dat niet te lezen is, verandert niets.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="182"/>
        <source>Files in this engagement</source>
        <translation>Bestanden in deze engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="184"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="184"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="184"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="184"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="186"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="187"/>
        <source>Re-import</source>
        <translation>Opnieuw importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="250"/>
        <source>Choose billing exports</source>
        <translation>Facturatie-exports kiezen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="252"/>
        <source>Billing exports (*.csv *.gz *.zip *.xlsx *.parquet);;All files (*)</source>
        <translation>Facturatie-exports (*.csv *.gz *.zip *.xlsx *.parquet);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="262"/>
        <source>An import is still running; wait or cancel it.</source>
        <translation>Er loopt nog een import; wacht of annuleer die.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="292"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="300"/>
        <source>Remove file</source>
        <translation>Bestand verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="301"/>
        <source>Remove %1 and its rows from the engagement?</source>
        <translation>%1 en de rijen ervan uit de engagement verwijderen?</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="333"/>
        <source>Import finished: %1 rows added.</source>
        <translation>Import klaar: %1 rijen toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="349"/>
        <source>Nothing was imported: a file was rejected. Its report says why.</source>
        <translation>Er is niets geïmporteerd: een bestand is afgewezen. Het rapport zegt waarom.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="361"/>
        <source>Import stopped: the file was not mapped.</source>
        <translation>Import gestopt: de kolommen van het bestand zijn niet gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_page.py" line="378"/>
        <location filename="../../workbench/gui/pages/import_page.py" line="384"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import geannuleerd; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>ImportProgressPanel</name>
    <message>
        <location filename="../../workbench/gui/pages/import_widgets.py" line="133"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_widgets.py" line="152"/>
        <source>%1 rows/s</source>
        <translation>%1 rijen/s</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_widgets.py" line="154"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_widgets.py" line="159"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>LensPanel</name>
    <message>
        <location filename="../../workbench/gui/assessment/lens_panel.py" line="70"/>
        <source>Lens scores</source>
        <translation>Scores per lens</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/lens_panel.py" line="73"/>
        <source>Score a lens directly when the room agrees; it replaces the answers for that lens. 0 = not started … 4 = fully embedded.</source>
        <translation>Scoor een lens direct als de zaal het eens is; die score vervangt de antwoorden voor die lens. 0 = niet gestart … 4 = volledig ingebed.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/lens_panel.py" line="90"/>
        <source>From the answers (%1)</source>
        <translation>Uit de antwoorden (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/lens_panel.py" line="92"/>
        <source>From the answers (none yet)</source>
        <translation>Uit de antwoorden (nog geen)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/lens_panel.py" line="101"/>
        <source>set outside the wizard</source>
        <translation>buiten de wizard ingesteld</translation>
    </message>
</context>
<context>
    <name>LogoRow</name>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="76"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="78"/>
        <source>Images (%1)</source>
        <translation>Afbeeldingen (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="89"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="90"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="95"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="101"/>
        <source>%1 (file not found)</source>
        <translation>%1 (bestand niet gevonden)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="154"/>
        <source>Untitled engagement</source>
        <extracomment>Extensions the Import page takes; everything else dropped is tried as billing data too.</extracomment>
        <translation>Naamloze engagement</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="45"/>
        <source>Map the columns of %1</source>
        <extracomment>(preset attribute, label context text); tags are chosen in a list below.</extracomment>
        <translation>Kolommen van %1 koppelen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="50"/>
        <source>This file is not a billing export the workbench knows. Say which column holds what; the mapping is remembered for files with the same columns.</source>
        <translation>Dit bestand is geen facturatie-export die de workbench kent. Geef aan welke kolom wat bevat; de koppeling wordt onthouden voor bestanden met dezelfde kolommen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="58"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="59"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="60"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="61"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="62"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="63"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="64"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="69"/>
        <source>(not in this file)</source>
        <translation>(niet in dit bestand)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="78"/>
        <source>e.g. EUR, when no column has it</source>
        <translation>bijv. EUR, als geen kolom de valuta bevat</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="80"/>
        <source>Fixed currency</source>
        <translation>Vaste valuta</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="82"/>
        <source>Tag columns</source>
        <translation>Tagkolommen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="94"/>
        <source>Name of the preset (optional)</source>
        <translation>Naam van de voorinstelling (optioneel)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="96"/>
        <source>Remember this mapping as a preset</source>
        <translation>Deze koppeling onthouden als voorinstelling</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="105"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="128"/>
        <source>Still missing: %1</source>
        <translation>Ontbreekt nog: %1</translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../../workbench/gui/pages/base.py" line="139"/>
        <source>This page comes in a later release.</source>
        <extracomment>Stable id used for object names and screenshot file names (``&lt;page_id&gt;.png``). Outer margins (left, top, right, bottom) and spacing of every page, so pages line up. True for pages planned for a later release rather than being built now.</extracomment>
        <translation>Deze pagina komt in een latere versie.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/base.py" line="143"/>
        <source>This page is not built yet.</source>
        <translation>Deze pagina is nog niet gebouwd.</translation>
    </message>
</context>
<context>
    <name>OptimisationPage</name>
    <message>
        <location filename="../../workbench/gui/pages/optimisation.py" line="15"/>
        <source>Optimisation</source>
        <translation>Optimalisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/optimisation.py" line="19"/>
        <source>It will list idle resources, rightsizing and commitment opportunities with their savings.</source>
        <translation>Ze toont ongebruikte resources, kansen voor rightsizing en commitments, met de besparing.</translation>
    </message>
</context>
<context>
    <name>OverlapDialog</name>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="141"/>
        <source>Overlapping periods</source>
        <translation>Overlappende perioden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="143"/>
        <source>%1 covers %2 of %3, already imported from %4.</source>
        <translation>%1 bevat %2 van %3, al geïmporteerd uit %4.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="151"/>
        <source>Some months are in more than one file.</source>
        <translation>Sommige maanden staan in meer dan één bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="155"/>
        <source>Keep both</source>
        <translation>Beide behouden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/import_dialogs.py" line="158"/>
        <source>Replace the older months</source>
        <translation>Oudere maanden vervangen</translation>
    </message>
</context>
<context>
    <name>OverviewDashboard</name>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="97"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="98"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="99"/>
        <source>Billing account</source>
        <translation>Factuuraccount</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="100"/>
        <source>Sub-account</source>
        <translation>Subaccount</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="101"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="104"/>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="111"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="112"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="113"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="152"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="153"/>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="154"/>
        <source>Stacked by</source>
        <translation>Gestapeld op</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="179"/>
        <source>Spend (%1)</source>
        <translation>Uitgaven (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="180"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="181"/>
        <source>No spend in this selection.</source>
        <translation>Geen uitgaven in deze selectie.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="183"/>
        <source>Spend per day</source>
        <translation>Uitgaven per dag</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="184"/>
        <source>Spend per week</source>
        <translation>Uitgaven per week</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="185"/>
        <source>Spend per month</source>
        <translation>Uitgaven per maand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="191"/>
        <source>%1 by %2 · %3</source>
        <translation>%1 naar %2 · %3</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="195"/>
        <source>Top services</source>
        <translation>Grootste services</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="196"/>
        <source>Top billing accounts</source>
        <translation>Grootste factuuraccounts</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="204"/>
        <source>Cumulative share (%)</source>
        <translation>Cumulatief aandeel (%)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="205"/>
        <source>Spend</source>
        <translation>Uitgaven</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="216"/>
        <source>Change (%1)</source>
        <translation>Verschil (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="217"/>
        <source>Increase</source>
        <translation>Stijging</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="218"/>
        <source>Decrease</source>
        <translation>Daling</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="219"/>
        <source>was {before}, now {now}</source>
        <translation>was {before}, nu {now}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="228"/>
        <source>Biggest movers by service · %1 vs %2</source>
        <translation>Grootste verschuivingen per service · %1 t.o.v. %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="254"/>
        <source>No data yet: import a billing export.</source>
        <translation>Nog geen data: importeer een billing-export.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="255"/>
        <source>Not available: this analysis is not built yet.</source>
        <translation>Niet beschikbaar: deze analyse is nog niet gebouwd.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="271"/>
        <source>vs previous period</source>
        <translation>t.o.v. vorige periode</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="273"/>
        <source>No previous period in the data</source>
        <translation>Geen vorige periode in de data</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="277"/>
        <source>vs same period last year</source>
        <translation>t.o.v. dezelfde periode vorig jaar</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="278"/>
        <source>No data for last year</source>
        <translation>Geen data van vorig jaar</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="282"/>
        <source>Total spend</source>
        <translation>Totale uitgaven</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="284"/>
        <source>Daily run-rate</source>
        <translation>Dagelijkse run-rate</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="287"/>
        <source>Projected month-end</source>
        <translation>Verwacht maandtotaal</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="289"/>
        <source>Commitment coverage</source>
        <translation>Commitment-dekking</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="292"/>
        <source>Spend with complete tags</source>
        <translation>Uitgaven met complete tags</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="295"/>
        <source>Allocatable share</source>
        <translation>Aandeel toegewezen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="298"/>
        <source>Anomalies found</source>
        <translation>Gevonden anomalieën</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/overview/dashboard.py" line="300"/>
        <source>Savings potential</source>
        <translation>Besparingspotentieel</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="104"/>
        <source>Overview</source>
        <extracomment>A month clicked on the time chart, waiting to be folded into the group drill-down of the same click (or applied alone on the next event loop turn).</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="238"/>
        <source>Where the money goes, at a glance.</source>
        <translation>Waar het geld naartoe gaat, in één oogopslag.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="241"/>
        <source>Where the money goes: %1 billing lines. Click a bar to drill down.</source>
        <translation>Waar het geld naartoe gaat: %1 factuurregels. Klik op een balk om in te zoomen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="249"/>
        <source>No cost data yet.

Go to Import and drop a billing export (AWS CUR, Azure cost details, Google Cloud billing export or FOCUS), or open the demo engagement.</source>
        <translation>Nog geen kostendata.

Ga naar Import en sleep er een billing-export heen (AWS CUR, Azure cost details, Google Cloud billing-export of FOCUS), of open de demo-engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="254"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="255"/>
        <source>Cost explorer</source>
        <translation>Kostenverkenner</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="264"/>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="265"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/overview.py" line="265"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="109"/>
        <source>Required tag keys</source>
        <translation>Verplichte tags</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="110"/>
        <source>Add key…</source>
        <translation>Tag toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="111"/>
        <source>Remove key</source>
        <translation>Tag verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="112"/>
        <source>Aliases</source>
        <translation>Aliassen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="112"/>
        <source>Allowed values</source>
        <translation>Toegestane waarden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="112"/>
        <source>Value map</source>
        <translation>Waardevertaling</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="115"/>
        <source>env, Environment, environment-name</source>
        <translation>env, Environment, omgeving</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="116"/>
        <source>Empty: every value is allowed</source>
        <translation>Leeg: elke waarde is toegestaan</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="117"/>
        <source>Prod = prod, PRD = prod</source>
        <translation>Prod = prod, PRD = prod</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="118"/>
        <source>Save key</source>
        <translation>Tag opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="121"/>
        <source>Keys are compared without case, spaces, &apos;_&apos; or &apos;.&apos;, so &apos;Cost Center&apos; and &apos;cost_center&apos; already match &apos;cost-center&apos;. Separate items with commas.</source>
        <translation>Tags worden vergeleken zonder hoofdletters, spaties, &apos;_&apos; of &apos;.&apos;: &apos;Cost Center&apos; en &apos;cost_center&apos; passen dus al bij &apos;cost-center&apos;. Scheid items met komma&apos;s.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="125"/>
        <source>Alias proposals found in the data</source>
        <translation>Voorgestelde aliassen uit de data</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="127"/>
        <source>No new aliases found: every tag key in the data is known.</source>
        <translation>Geen nieuwe aliassen gevonden: elke tag in de data is bekend.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="129"/>
        <source>Value merge proposals</source>
        <translation>Voorstellen om waarden samen te voegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="130"/>
        <source>No values found that look like the same team or value.</source>
        <translation>Geen waarden gevonden die hetzelfde team of dezelfde waarde lijken.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="152"/>
        <source>Key in the data</source>
        <translation>Tag in de data</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="152"/>
        <source>Means</source>
        <translation>Betekent</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="152"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="153"/>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="174"/>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="153"/>
        <source>Rows</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="174"/>
        <source>Key</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="174"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="174"/>
        <source>Merge into</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="209"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="209"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="279"/>
        <source>Add key</source>
        <translation>Tag toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/policy_tab.py" line="279"/>
        <source>Tag key name:</source>
        <translation>Naam van de tag:</translation>
    </message>
</context>
<context>
    <name>PoolEditor</name>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="239"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="239"/>
        <source>Split</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="239"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="239"/>
        <source>Fixed %</source>
        <translation>Vast %</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="243"/>
        <source>Evenly</source>
        <translation>Gelijk verdeeld</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="244"/>
        <source>Proportional to direct spend</source>
        <translation>Naar verhouding van directe kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="245"/>
        <source>Fixed percentages</source>
        <translation>Vaste percentages</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="254"/>
        <source>Empty: every team with direct cost</source>
        <translation>Leeg: elk team met directe kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="257"/>
        <source>Team A = {0}; Team B = {1}</source>
        <translation>Team A = {0}; Team B = {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="306"/>
        <source>“{0}”: write each recipient as “name = percentage”.</source>
        <translation>“{0}”: schrijf elke ontvanger als “naam = percentage”.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="310"/>
        <source>“{0}” is not a percentage; write e.g. {1}.</source>
        <translation>“{0}” is geen percentage; schrijf bijvoorbeeld {1}.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="314"/>
        <source>{0} has more than one percentage.</source>
        <translation>{0} heeft meer dan één percentage.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="316"/>
        <source>The percentages add up to {0} %; they must add up to 100 %.</source>
        <translation>De percentages tellen op tot {0} %; ze moeten samen 100 % zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="319"/>
        <source>Give each recipient a percentage, e.g. {0}.</source>
        <translation>Geef elke ontvanger een percentage, bijvoorbeeld {0}.</translation>
    </message>
    <message>
        <source>Team A = 60, Team B = 40</source>
        <translation type="vanished">Team A = 60, Team B = 40</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="327"/>
        <source>Give the pool a name</source>
        <translation>Geef de pool een naam</translation>
    </message>
</context>
<context>
    <name>PresenterDialog</name>
    <message>
        <location filename="../../workbench/gui/assessment/presenter.py" line="119"/>
        <source>No capabilities in focus yet.</source>
        <extracomment>Type sizes at the reference width of 1440 px; other screens scale them.</extracomment>
        <translation>Nog geen capabilities gekozen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/presenter.py" line="120"/>
        <source>Esc leaves presenter mode.</source>
        <translation>Esc sluit de presentatiemodus.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/presenter.py" line="126"/>
        <source>question %1 of %2</source>
        <translation>vraag %1 van %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/presenter.py" line="146"/>
        <source>1-5 answer · N/D/S not applicable, don&apos;t know, skip · ← → previous/next · Esc leaves</source>
        <translation>1-5 antwoord · N/D/S niet van toepassing, weet ik niet, later · ← → vorige/volgende · Esc sluit</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../workbench/gui/assessment/question_card.py" line="85"/>
        <source>No answers yet.</source>
        <extracomment>Button ids of the special answers in the group (options use their level 0..4).</extracomment>
        <translation>Nog geen antwoorden.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/question_card.py" line="87"/>
        <source>One answer: %1 of 4.</source>
        <translation>Eén antwoord: %1 van 4.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/question_card.py" line="89"/>
        <source>%1 answers from %2 to %3 of 4.</source>
        <translation>%1 antwoorden van %2 tot %3 van 4.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/question_card.py" line="95"/>
        <source>The room disagrees: discuss this one.</source>
        <translation>De groep is het oneens: bespreek deze vraag.</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="42"/>
        <source>(unallocated)</source>
        <translation>(niet toegewezen)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="68"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="69"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="70"/>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="71"/>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="75"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="72"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="85"/>
        <source>Allocated spend (direct + shared) ÷ total spend, on the chosen cost metric</source>
        <translation>Toegewezen kosten (direct + gedeeld) ÷ totale kosten, op de gekozen kostenmaatstaf</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="89"/>
        <source>Allocatable share</source>
        <translation>Toewijsbaar aandeel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="93"/>
        <source>Unallocated</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="94"/>
        <source>No rule or pool split gave this cost a recipient</source>
        <translation>Geen regel of poolverdeling gaf deze kosten een ontvanger</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="100"/>
        <source>✓ Allocated + unallocated = total spend, to the cent, for every month.</source>
        <translation>✓ Toegewezen + niet toegewezen = totale kosten, op de cent, voor elke maand.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/allocation_recipients.py" line="103"/>
        <source>✗ The allocation does not add up: {0}</source>
        <translation>✗ De toewijzing sluit niet aan: {0}</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="84"/>
        <source>Restore unsaved work?</source>
        <translation>Onopgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="85"/>
        <source>an unsaved engagement</source>
        <translation>een niet-opgeslagen engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="89"/>
        <source>The workbench did not close normally. Restore the unsaved changes of %1?</source>
        <translation>De workbench is niet normaal afgesloten. De onopgeslagen wijzigingen van %1 herstellen?</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="96"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs.py" line="99"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="201"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="202"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="203"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="204"/>
        <source>Page size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="205"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="208"/>
        <source>The report always starts with these.</source>
        <translation>Het rapport begint hier altijd mee.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="209"/>
        <source>Client logo</source>
        <translation>Logo klant</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/options.py" line="210"/>
        <source>Your logo</source>
        <translation>Uw logo</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="165"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="196"/>
        <source>The document the client takes home: maturity, spend, savings and the roadmap in one PDF. Sections without data are left out, never filled with placeholder numbers.</source>
        <translation>Het document dat de klant meeneemt: volwassenheid, uitgaven, besparingen en de roadmap in één PDF. Onderdelen zonder data worden weggelaten, nooit gevuld met voorbeeldcijfers.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="201"/>
        <source>Nothing to report yet</source>
        <translation>Nog niets om te rapporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="204"/>
        <source>Import a billing export on the Import page, or score the capabilities on the Assessment page. The report is built from those; or open the demo engagement to see an example.</source>
        <translation>Importeer een factuurexport op de pagina Import, of scoor de capabilities op de pagina Assessment. Daaruit wordt het rapport opgebouwd. Of open de demo-engagement voor een voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="209"/>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="211"/>
        <source>Choose the language, the paper size and the sections to include.</source>
        <translation>Kies de taal, het papierformaat en de onderdelen die erin komen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="214"/>
        <source>Create PDF report…</source>
        <translation>PDF-rapport maken…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="215"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="217"/>
        <source>Excel for finance</source>
        <translation>Excel voor finance</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="220"/>
        <source>Workbooks for the finance team, over the period of the filter bar. Amounts stay in the billing currency.</source>
        <translation>Werkmappen voor het financeteam, over de periode van de filterbalk. Bedragen blijven in de factuurvaluta.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="225"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="252"/>
        <source>Save the PDF report</source>
        <translation>PDF-rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="254"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="269"/>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="284"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="288"/>
        <source>Collecting the figures…</source>
        <translation>Cijfers verzamelen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="290"/>
        <source>Laying out the pages…</source>
        <translation>Pagina&apos;s opmaken…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="292"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="294"/>
        <source>Writing: %1</source>
        <translation>Schrijven: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="312"/>
        <source>Cancelled; no file was written.</source>
        <translation>Geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="343"/>
        <source>Save the workbook</source>
        <translation>Werkmap opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="345"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="355"/>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/report.py" line="368"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>It will export the engagement as a PDF report for the board.</source>
        <translation type="vanished">Ze exporteert de engagement als PDF-rapport voor de directie.</translation>
    </message>
</context>
<context>
    <name>ReportResultPanel</name>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="85"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="86"/>
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="91"/>
        <source>Report created</source>
        <translation>Rapport gemaakt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="94"/>
        <source>Pages and size</source>
        <translation>Pagina&apos;s en grootte</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="96"/>
        <source>%1 pages · %2</source>
        <translation>%1 pagina&apos;s · %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="100"/>
        <source>Included</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="102"/>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="104"/>
        <source>%1 (no data yet)</source>
        <translation>%1 (nog geen data)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="107"/>
        <source>%1 (not chosen)</source>
        <translation>%1 (niet gekozen)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/report/result_panel.py" line="111"/>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="132"/>
        <source>Set up a scope and answer questions to see results.</source>
        <translation>Kies een scope en beantwoord vragen om resultaten te zien.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="141"/>
        <source>No capability has a level yet: answer the questions in the workshop.</source>
        <translation>Nog geen capability heeft een niveau: beantwoord de vragen in de workshop.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="143"/>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="154"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="157"/>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="167"/>
        <source>Previous</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="195"/>
        <source>%1 of %2 assessed</source>
        <translation>%1 van %2 beoordeeld</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="238"/>
        <source>No gaps: every target is reached.</source>
        <translation>Geen gaten: elk doel is gehaald.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="243"/>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="247"/>
        <source>No earlier workshop for this scope. Close this round to compare next time.</source>
        <translation>Nog geen eerdere workshop voor deze scope. Sluit deze ronde af om volgende keer te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="254"/>
        <source>Compared with %1:</source>
        <translation>Vergeleken met %1:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="266"/>
        <source>Maturity per capability: current, target and previous</source>
        <translation>Volwassenheid per capability: huidig, doel en vorige keer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="267"/>
        <source>Current level per scope</source>
        <translation>Huidig niveau per scope</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="268"/>
        <source>Biggest gaps</source>
        <translation>Grootste gaten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="269"/>
        <source>Strengths</source>
        <translation>Sterke punten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="270"/>
        <source>Progress since the last workshop</source>
        <translation>Voortgang sinds de vorige workshop</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="271"/>
        <source>Evidence thresholds…</source>
        <translation>Drempels voor bewijs…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="273"/>
        <source>The bars the client&apos;s data must reach per level, for this engagement.</source>
        <translation>De drempels die de data van de klant per niveau moet halen, voor deze opdracht.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="275"/>
        <source>Close this round…</source>
        <translation>Ronde afsluiten…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="277"/>
        <source>Keep these results as history and start a fresh round for this scope.</source>
        <translation>Bewaar deze resultaten als historie en begin een nieuwe ronde voor deze scope.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="283"/>
        <source>Close this round</source>
        <translation>Ronde afsluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/results_view.py" line="285"/>
        <source>Save the results of this scope as history and clear the answers for the next workshop? Participants, focus and targets stay.</source>
        <translation>De resultaten van deze scope als historie bewaren en de antwoorden wissen voor de volgende workshop? Deelnemers, focus en doelen blijven staan.</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="133"/>
        <source>Roadmap</source>
        <extracomment>Widest the descriptive columns get; the Action column takes the rest of the width.</extracomment>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="152"/>
        <source>Concrete next steps from the assessment gaps, in order, with an owner and a date. Your edits are kept when you generate again.</source>
        <translation>Concrete volgende stappen uit de gaten in het assessment, op volgorde, met een eigenaar en een datum. Uw wijzigingen blijven bewaard als u opnieuw genereert.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="156"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="157"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="158"/>
        <source>Add action…</source>
        <translation>Actie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="159"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="160"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="161"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="162"/>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="165"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="166"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="167"/>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="168"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="169"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="170"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="171"/>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="172"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="173"/>
        <source>Savings per year</source>
        <translation>Besparing per jaar</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="174"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="175"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="186"/>
        <source>No gaps yet: set targets above the current levels in the Assessment.</source>
        <translation>Nog geen gaten: stel in het assessment doelen boven het huidige niveau.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="212"/>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="212"/>
        <source>Action:</source>
        <translation>Actie:</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="260"/>
        <location filename="../../workbench/gui/pages/roadmap.py" line="269"/>
        <source>Export roadmap</source>
        <translation>Roadmap exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="260"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="271"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="282"/>
        <source>Generate again</source>
        <translation>Opnieuw genereren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="282"/>
        <source>Generate roadmap</source>
        <translation>Roadmap genereren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="290"/>
        <source>No roadmap yet: generate it from the assessment gaps.</source>
        <translation>Nog geen roadmap: genereer hem uit de gaten in het assessment.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="292"/>
        <location filename="../../workbench/gui/pages/roadmap.py" line="332"/>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="314"/>
        <source>%1 actions</source>
        <translation>%1 acties</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/roadmap.py" line="316"/>
        <source>%1 dependency warnings</source>
        <translation>%1 waarschuwingen over volgorde</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="80"/>
        <source>Rule type</source>
        <translation>Soort regel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="80"/>
        <source>Tag key</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="81"/>
        <source>Mapping</source>
        <translation>Koppeltabel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="81"/>
        <source>Regular expression</source>
        <translation>Reguliere expressie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="82"/>
        <source>Applied to</source>
        <translation>Toegepast op</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="82"/>
        <source>Charge categories</source>
        <translation>Kostencategorieën</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="83"/>
        <source>Allocate to</source>
        <translation>Toewijzen aan</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="83"/>
        <source>Or share via pool</source>
        <translation>Of delen via pool</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="95"/>
        <source>Import CSV/XLSX…</source>
        <translation>CSV/XLSX importeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="96"/>
        <source>from = to, e.g. 123456789012 = Team Data</source>
        <translation>van = naar, bijv. 123456789012 = Team Data</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="97"/>
        <source>e.g. ^prod-(?P&lt;recipient&gt;[a-z]+)-</source>
        <translation>bijv. ^prod-(?P&lt;recipient&gt;[a-z]+)-</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="98"/>
        <source>Credit, Adjustment</source>
        <translation>Credit, Adjustment</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="99"/>
        <source>Team, product or cost centre</source>
        <translation>Team, product of kostenplaats</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="101"/>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="121"/>
        <source>(no pool)</source>
        <translation>(geen pool)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="106"/>
        <source>By tag</source>
        <translation>Op tag</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="107"/>
        <source>By account (mapping table)</source>
        <translation>Op account (koppeltabel)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="108"/>
        <source>By service</source>
        <translation>Op dienst</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="109"/>
        <source>By resource id or name (regex)</source>
        <translation>Op resource-ID of -naam (regex)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="110"/>
        <source>Untaggable cost</source>
        <translation>Niet-tagbare kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="111"/>
        <source>By charge category</source>
        <translation>Op kostencategorie</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="164"/>
        <source>This regular expression is not valid: {0}</source>
        <translation>Deze reguliere expressie is ongeldig: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/rule_editor.py" line="188"/>
        <source>Import mapping table</source>
        <translation>Koppeltabel importeren</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="178"/>
        <source>Evidence thresholds: the shipped defaults.</source>
        <translation>Drempels voor bewijs: de standaardwaarden.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="180"/>
        <source>Evidence thresholds: %1 KPI(s) changed for this engagement.</source>
        <translation>Drempels voor bewijs: %1 KPI(’s) aangepast voor deze opdracht.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="260"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="261"/>
        <source>Name, e.g. Webshop team</source>
        <translation>Naam, bijv. team Webshop</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="262"/>
        <source>Add scope</source>
        <translation>Scope toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="263"/>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="273"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="264"/>
        <source>Capabilities in focus</source>
        <translation>Capabilities in deze workshop</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="265"/>
        <source>Suggested starter set</source>
        <translation>Voorgestelde startset</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="266"/>
        <source>All capabilities</source>
        <translation>Alle capabilities</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="268"/>
        <source>★ marks the suggested starter set. Tick what this workshop covers.</source>
        <translation>★ markeert de voorgestelde startset. Vink aan wat deze workshop behandelt.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="270"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="271"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="272"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/setup_view.py" line="274"/>
        <source>Evidence thresholds…</source>
        <translation>Drempels voor bewijs…</translation>
    </message>
</context>
<context>
    <name>ShowbackTab</name>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="74"/>
        <source>Export showback…</source>
        <translation>Showback exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="75"/>
        <source>Export chargeback…</source>
        <translation>Chargeback exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="77"/>
        <source>Finance-ready GL lines with a reconciliation sheet</source>
        <translation>Grootboekregels voor finance, met een aansluitingsblad</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="81"/>
        <source>One sheet per month</source>
        <translation>Eén blad per maand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="82"/>
        <source>One sheet per cost centre</source>
        <translation>Eén blad per kostenplaats</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="100"/>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="135"/>
        <source>(unallocated)</source>
        <translation>(niet toegewezen)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="100"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="103"/>
        <source>Allocated cost per month ({0})</source>
        <translation>Toegewezen kosten per maand ({0})</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="107"/>
        <source>Direct cost comes from the allocation rules; shared cost is each recipient&apos;s part of the shared pools. Hover the chart for exact amounts.</source>
        <translation>Directe kosten komen uit de toewijzingsregels; gedeelde kosten zijn het deel van elke ontvanger in de pools. Beweeg over de grafiek voor exacte bedragen.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="122"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="122"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="122"/>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="122"/>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="145"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="123"/>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="123"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="123"/>
        <source>Top services</source>
        <translation>Topdiensten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="159"/>
        <source>showback.xlsx</source>
        <translation>showback.xlsx</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="159"/>
        <source>chargeback.xlsx</source>
        <translation>chargeback.xlsx</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="160"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="187"/>
        <source>Could not write {0}: {1}</source>
        <translation>Kon {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/showback_tab.py" line="190"/>
        <source>Saved {0}</source>
        <translation>{0} opgeslagen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../workbench/gui/sidebar.py" line="43"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/sidebar.py" line="51"/>
        <source>WORKFLOW</source>
        <translation>STAPPEN</translation>
    </message>
</context>
<context>
    <name>TagsAllocationPage</name>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="131"/>
        <source>Tags &amp; Allocation</source>
        <translation>Tags &amp; toewijzing</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="137"/>
        <source>How much spend carries the required tags, what to fix first, and how cost is allocated to teams, including shared cost.</source>
        <translation>Hoeveel kosten de verplichte tags hebben, wat eerst hersteld moet worden, en hoe kosten aan teams worden toegewezen, inclusief gedeelde kosten.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="143"/>
        <source>No cost data yet. Import a billing export on the Import page, or open the demo engagement.</source>
        <translation>Nog geen kostendata. Importeer een billing-export op de pagina Import, of open de demo-engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="148"/>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="149"/>
        <source>Tag policy</source>
        <translation>Tagbeleid</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="150"/>
        <source>Worklist</source>
        <translation>Herstellijst</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="151"/>
        <source>Allocation</source>
        <translation>Toewijzing</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="152"/>
        <source>Showback</source>
        <translation>Showback</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="156"/>
        <source>Billing currency: currencies are never added up</source>
        <translation>Factuurvaluta: valuta worden nooit opgeteld</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="189"/>
        <source>The saved tag policy or rules cannot be used: {0}</source>
        <translation>Het opgeslagen tagbeleid of de regels zijn niet bruikbaar: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="200"/>
        <source>Calculating coverage and allocation…</source>
        <translation>Dekking en toewijzing worden berekend…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="295"/>
        <source>The analysis failed: {0}</source>
        <translation>De analyse is mislukt: {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/tags_allocation.py" line="304"/>
        <source>{0} cost rows · cost metric {1} · calculated in {2} s</source>
        <translation>{0} kostenregels · kostenmaatstaf {1} · berekend in {2} s</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="59"/>
        <source>Evidence thresholds</source>
        <translation>Drempels voor bewijs</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="67"/>
        <source>The bars a KPI from the client&apos;s data must reach for each level. They apply to this engagement only; the shipped defaults are shown under each bar.</source>
        <translation>De drempel die een KPI uit de data van de klant per niveau moet halen. Ze gelden alleen voor deze opdracht; de standaardwaarde staat onder elke drempel.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="97"/>
        <source>Reset all to defaults</source>
        <translation>Alles terug naar standaard</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="126"/>
        <source>Reset</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="127"/>
        <source>Back to the shipped default</source>
        <translation>Terug naar de standaardwaarde</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="141"/>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="150"/>
        <source>default: %1</source>
        <translation>standaard: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="166"/>
        <source>Yes/no: the level suggested when present in the data</source>
        <translation>Ja/nee: het niveau dat wordt voorgesteld als het in de data aanwezig is</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="168"/>
        <source>Higher is better: bars rise from Crawl to Run</source>
        <translation>Hoger is beter: drempels stijgen van Crawl naar Run</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="169"/>
        <source>Lower is better: bars fall from Crawl to Run</source>
        <translation>Lager is beter: drempels dalen van Crawl naar Run</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="182"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="233"/>
        <source>Each level needs at least the bar of the level before: Crawl ≤ Walk ≤ Run.</source>
        <translation>Elk niveau vraagt minstens de drempel van het niveau ervoor: Crawl ≤ Walk ≤ Run.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/thresholds_dialog.py" line="235"/>
        <source>Each level needs at most the bar of the level before: Crawl ≥ Walk ≥ Run.</source>
        <translation>Elk niveau vraagt hooguit de drempel van het niveau ervoor: Crawl ≥ Walk ≥ Run.</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../workbench/gui/pages/trends.py" line="15"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pages/trends.py" line="18"/>
        <source>It will show spend over time, the forecast and anomalies.</source>
        <translation>Ze toont de uitgaven in de tijd, de prognose en afwijkingen.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../workbench/gui/actions.py" line="101"/>
        <source>&amp;New engagement</source>
        <translation>&amp;Nieuwe engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="102"/>
        <source>New engagement (Ctrl+N)</source>
        <translation>Nieuwe engagement (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="103"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="104"/>
        <source>Open an engagement file (Ctrl+O)</source>
        <translation>Een engagementbestand openen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="105"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="106"/>
        <source>Save the engagement (Ctrl+S)</source>
        <translation>De engagement opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="107"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="109"/>
        <source>Open the &amp;demo engagement</source>
        <translation>&amp;Demo-engagement openen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="110"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="111"/>
        <source>&amp;About FinOps Maturity Workbench</source>
        <translation>&amp;Over FinOps Maturity Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="112"/>
        <source>Clear the list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="114"/>
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="115"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="116"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="117"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="118"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="119"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
</context>
<context>
    <name>WorklistTab</name>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="45"/>
        <source>Export to Excel…</source>
        <extracomment>Rows shown on screen; the Excel export holds every item.</extracomment>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="47"/>
        <source>A remediation list the client&apos;s engineers can work through</source>
        <translation>Een herstellijst die de engineers van de klant kunnen afwerken</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="59"/>
        <source>{0} resources miss a required tag or carry a value that is not allowed, together {1}. Largest cost first.</source>
        <translation>{0} resources missen een verplichte tag of hebben een waarde die niet is toegestaan, samen {1}. Hoogste kosten eerst.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="64"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="64"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="64"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="64"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="65"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="65"/>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="65"/>
        <source>Likely owner</source>
        <translation>Vermoedelijke eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="68"/>
        <source>from the account mapping</source>
        <translation>uit de accounttabel</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="69"/>
        <source>same resource group</source>
        <translation>zelfde resourcegroep</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="70"/>
        <source>same account</source>
        <translation>zelfde account</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="74"/>
        <source>(no resource id)</source>
        <translation>(geen resource-ID)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="92"/>
        <source>Export worklist</source>
        <translation>Herstellijst exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="92"/>
        <source>tag-worklist.xlsx</source>
        <translation>herstellijst-tags.xlsx</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="108"/>
        <source>Could not write {0}: {1}</source>
        <translation>Kon {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tagging/worklist_tab.py" line="111"/>
        <source>Saved {0}</source>
        <translation>{0} opgeslagen</translation>
    </message>
</context>
<context>
    <name>_SuggestionRow</name>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="62"/>
        <source>no data</source>
        <translation>geen data</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="64"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="64"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="76"/>
        <source>Suggests: %1</source>
        <translation>Suggestie: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="84"/>
        <source>Accept</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="91"/>
        <source>Reason for overriding (required)</source>
        <translation>Reden om af te wijken (verplicht)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="92"/>
        <source>Override</source>
        <translation>Afwijken</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="107"/>
        <source>Give a reason to override the suggestion.</source>
        <translation>Geef een reden om van de suggestie af te wijken.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="118"/>
        <source>Not decided yet.</source>
        <translation>Nog niet besloten.</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="120"/>
        <source>Accepted: %1</source>
        <translation>Overgenomen: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/assessment/evidence_panel.py" line="125"/>
        <source>Overridden: %1. Reason: %2</source>
        <translation>Afgeweken: %1. Reden: %2</translation>
    </message>
</context>
</TS>
