<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ComponentText</name>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nodes</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× average</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Subscribers</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>subscribers</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>complaints</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Open leads</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>can be served now</source>
        <translation>can be served now</translation>
    </message>
    <message>
        <source>planned coverage</source>
        <translation>planned coverage</translation>
    </message>
    <message>
        <source>covered, no spare port</source>
        <translation>covered, no spare port</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>not covered</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Sales focus</source>
        <translation>Sales focus</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Installation SLA</source>
        <translation>Installation SLA</translation>
    </message>
    <message>
        <source>Rank change since a snapshot</source>
        <translation>Rank change since a snapshot</translation>
    </message>
</context>
<context>
    <name>RankingComponent</name>
    <message>
        <source>Unserved demand</source>
        <translation>Unserved demand</translation>
    </message>
    <message>
        <source>Exhausting nodes</source>
        <translation>Exhausting nodes</translation>
    </message>
    <message>
        <source>Complaints vs average</source>
        <translation>Complaints vs average</translation>
    </message>
    <message>
        <source>Activation growth</source>
        <translation>Activation growth</translation>
    </message>
    <message>
        <source>Spare ports</source>
        <translation>Spare ports</translation>
    </message>
    <message>
        <source>Households without service</source>
        <translation>Households without service</translation>
    </message>
    <message>
        <source>Leads servable now</source>
        <translation>Leads servable now</translation>
    </message>
    <message>
        <source>Installations on time</source>
        <translation>Installations on time</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::AddCapacityTool</name>
    <message>
        <source>Click a service area to add ports to the node serving that spot; drag to move the map</source>
        <translation>Click a service area to add ports to the node serving that spot; drag to move the map</translation>
    </message>
    <message>
        <source>No live node serves this spot: place a new node instead</source>
        <translation>No live node serves this spot: place a new node instead</translation>
    </message>
    <message>
        <source>Added %1 ports to %2</source>
        <translation>Added %1 ports to %2</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::AddressSearchBox</name>
    <message>
        <source>Find an address</source>
        <translation>Find an address</translation>
    </message>
    <message>
        <source>No address layer in the project: click the map with “Check here”</source>
        <translation>No address layer in the project: click the map with “Check here”</translation>
    </message>
    <message>
        <source>Find an address: street, number, ward…</source>
        <translation>Find an address: street, number, ward…</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::CheckPanel</name>
    <message>
        <source>Choose “Check here” in the toolbar and click the map.</source>
        <translation>Choose “Check here” in the toolbar and click the map.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation>Outside every zone</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technology</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spare ports</source>
        <translation>Spare ports</translation>
    </message>
    <message>
        <source>Nearest node: %1, %2 m away</source>
        <translation>Nearest node: %1, %2 m away</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>not covered</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::CheckTool</name>
    <message>
        <source>Click a spot to check whether we can sell there; drag to move the map</source>
        <translation>Click a spot to check whether we can sell there; drag to move the map</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::CursorPosition</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>outside the CRS&apos;s area</source>
        <translation>outside the CRS&apos;s area</translation>
    </message>
    <message>
        <source>%1 m E, %2 m N</source>
        <translation>%1 m E, %2 m N</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::LayersPanel</name>
    <message>
        <source>Subscribers</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <source>Open leads (by serviceability)</source>
        <translation>Open leads (by serviceability)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Over the map: dots when zoomed in, counts per hexagon when too many are in view.</source>
        <translation>Over the map: dots when zoomed in, counts per hexagon when too many are in view.</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::MainWindow</name>
    <message>
        <source>Could not save the weights</source>
        <translation>Could not save the weights</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation>&amp;Export map…</translation>
    </message>
    <message>
        <source>Export the management report</source>
        <translation>Export the management report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the &amp;report…</source>
        <translation>Export the &amp;report…</translation>
    </message>
    <message>
        <source>Export both rankings</source>
        <translation>Export both rankings</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;GeoPackage (*.gpkg)</source>
        <translation>Excel workbook (*.xlsx);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Export the ran&amp;kings…</source>
        <translation>Export the ran&amp;kings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Zoom to &amp;everything</translation>
    </message>
    <message>
        <source>Zoom to the selected &amp;zone</source>
        <translation>Zoom to the selected &amp;zone</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Map: </source>
        <translation>Map: </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Check here</source>
        <translation>Check here</translation>
    </message>
    <message>
        <source>Add capacity</source>
        <translation>Add capacity</translation>
    </message>
    <message>
        <source>Place a node</source>
        <translation>Place a node</translation>
    </message>
    <message>
        <source>Investment ranking</source>
        <translation>Investment ranking</translation>
    </message>
    <message>
        <source>Sales ranking</source>
        <translation>Sales ranking</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Problems found reading the project</source>
        <translation>Problems found reading the project</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Open a Coverplan project</source>
        <translation>Open a Coverplan project</translation>
    </message>
    <message>
        <source>Coverplan projects (*.toml);;All files (*)</source>
        <translation>Coverplan projects (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>No project is open</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Opening project</source>
        <translation>Opening project</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Opening cancelled</translation>
    </message>
    <message>
        <source>Reading the layers of %1 and building the plan…</source>
        <translation>Reading the layers of %1 and building the plan…</translation>
    </message>
    <message>
        <source>%1: %2 zones, %3 nodes, as of %4; %5 problems reading it</source>
        <translation>%1: %2 zones, %3 nodes, as of %4; %5 problems reading it</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Could not open the project</translation>
    </message>
    <message>
        <source>Saved the weights in %1</source>
        <translation>Saved the weights in %1</translation>
    </message>
    <message>
        <source>Open &amp;scenario…</source>
        <translation>Open &amp;scenario…</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Save scenario &amp;as…</translation>
    </message>
    <message>
        <source>Reading the changed data…</source>
        <translation>Reading the changed data…</translation>
    </message>
    <message>
        <source>&amp;Follow data changes</source>
        <translation>&amp;Follow data changes</translation>
    </message>
    <message>
        <source>Read the project again in the background when its files or tables change</source>
        <translation>Read the project again in the background when its files or tables change</translation>
    </message>
    <message>
        <source>&amp;Reload data now</source>
        <translation>&amp;Reload data now</translation>
    </message>
    <message>
        <source>The data changed: the figures are those read at %1</source>
        <translation>The data changed: the figures are those read at %1</translation>
    </message>
    <message>
        <source>The data changed (read at %1); the scenario lost what it no longer allows: %2</source>
        <translation>The data changed (read at %1); the scenario lost what it no longer allows: %2</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::PlaceNodeTool</name>
    <message>
        <source>Click where a new node would stand; drag to move the map</source>
        <translation>Click where a new node would stand; drag to move the map</translation>
    </message>
    <message>
        <source>Placed a new node</source>
        <translation>Placed a new node</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ProblemsModel</name>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repaired</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>coverage</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>subscribers</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>complaints</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>addresses</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ProblemsPanel</name>
    <message>
        <source>Filter by layer, feature, field or reason</source>
        <translation>Filter by layer, feature, field or reason</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>%1 %2 read: %3 used, %4 repaired, %5 rejected, %6 flagged</source>
        <translation>%1 %2 read: %3 used, %4 repaired, %5 rejected, %6 flagged</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::RankingModel</name>
    <message>
        <source>(no kind)</source>
        <translation>(no kind)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::RankingPanel</name>
    <message>
        <source>Filter by zone name or id</source>
        <translation>Filter by zone name or id</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ScenarioDetailsDialog</name>
    <message>
        <source>Save the scenario</source>
        <translation>Save the scenario</translation>
    </message>
    <message>
        <source>e.g. More ports in the north</source>
        <translation>e.g. More ports in the north</translation>
    </message>
    <message>
        <source>Why this scenario, in a sentence or two</source>
        <translation>Why this scenario, in a sentence or two</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ScenarioFileActions</name>
    <message>
        <source>Coverplan scenarios (*.toml);;All files (*)</source>
        <translation>Coverplan scenarios (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Open a scenario</translation>
    </message>
    <message>
        <source>Could not open the scenario</source>
        <translation>Could not open the scenario</translation>
    </message>
    <message>
        <source>Opened the scenario “%1” (Edit &gt; Undo puts back what was on screen)</source>
        <translation>Opened the scenario “%1” (Edit &gt; Undo puts back what was on screen)</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nothing to save</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Save the scenario</translation>
    </message>
    <message>
        <source>Could not save the scenario</source>
        <translation>Could not save the scenario</translation>
    </message>
    <message>
        <source>Saved the scenario in %1</source>
        <translation>Saved the scenario in %1</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ScenarioPanel</name>
    <message>
        <source> ports</source>
        <translation> ports</translation>
    </message>
    <message>
        <source>What the tools add</source>
        <translation>What the tools add</translation>
    </message>
    <message>
        <source>Add capacity:</source>
        <translation>Add capacity:</translation>
    </message>
    <message>
        <source>New node reach:</source>
        <translation>New node reach:</translation>
    </message>
    <message>
        <source>New node capacity:</source>
        <translation>New node capacity:</translation>
    </message>
    <message>
        <source>New node technology:</source>
        <translation>New node technology:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>The data as it is</source>
        <translation>The data as it is</translation>
    </message>
    <message>
        <source>Changes (click one to go back to it):</source>
        <translation>Changes (click one to go back to it):</translation>
    </message>
    <message>
        <source>any technology</source>
        <translation>any technology</translation>
    </message>
    <message>
        <source>No change yet: the rankings are those of the data.</source>
        <translation>No change yet: the rankings are those of the data.</translation>
    </message>
    <message>
        <source>%1 zones change investment rank; open leads that cannot be served: %2 → %3.</source>
        <translation>%1 zones change investment rank; open leads that cannot be served: %2 → %3.</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ScenarioState</name>
    <message>
        <source>Add %1 ports to %2</source>
        <translation>Add %1 ports to %2</translation>
    </message>
    <message>
        <source>New %1 node of %2 ports, %3 m reach</source>
        <translation>New %1 node of %2 ports, %3 m reach</translation>
    </message>
    <message>
        <source>any-technology</source>
        <translation>any-technology</translation>
    </message>
    <message>
        <source>The scenario changes nothing yet: add capacity, place a node or move a weight first</source>
        <translation>The scenario changes nothing yet: add capacity, place a node or move a weight first</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>No project is open</translation>
    </message>
    <message>
        <source>Open scenario “%1”</source>
        <translation>Open scenario “%1”</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::SelectTool</name>
    <message>
        <source>Click a zone to select it; drag to move the map</source>
        <translation>Click a zone to select it; drag to move the map</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::StaleDataBanner</name>
    <message>
        <source>The changed data could not be read: %1
The figures shown are those read at %2; they are updated when the data can be read again.</source>
        <translation>The changed data could not be read: %1
The figures shown are those read at %2; they are updated when the data can be read again.</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::WeightsPanel</name>
    <message>
        <source>Investment weights</source>
        <translation>Investment weights</translation>
    </message>
    <message>
        <source>Sales weights</source>
        <translation>Sales weights</translation>
    </message>
    <message>
        <source>How much %1 counts in the score</source>
        <translation>How much %1 counts in the score</translation>
    </message>
    <message>
        <source>Weights of the project file</source>
        <translation>Weights of the project file</translation>
    </message>
    <message>
        <source>Save weights in the project file</source>
        <translation>Save weights in the project file</translation>
    </message>
    <message>
        <source>Writes these weights into [scoring.investment] and [scoring.sales]; the rest of the file stays as it is</source>
        <translation>Writes these weights into [scoring.investment] and [scoring.sales]; the rest of the file stays as it is</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ZoneDetailPanel</name>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Sales focus</source>
        <translation>Sales focus</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>rank %1 of %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>of the leader</source>
        <translation>of the leader</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Nodes serving the clicked spot</source>
        <translation>Nodes serving the clicked spot</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>At horizon</source>
        <translation>At horizon</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Runs out</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>not within %1 months</source>
        <translation>not within %1 months</translation>
    </message>
    <message>
        <source>Select a zone in the table or on the map to see its figures and why it ranks where it does.</source>
        <translation>Select a zone in the table or on the map to see its figures and why it ranks where it does.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>Penetration</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Open leads</translation>
    </message>
    <message>
        <source>servable now</source>
        <translation>servable now</translation>
    </message>
    <message>
        <source>covered, no spare port</source>
        <translation>covered, no spare port</translation>
    </message>
    <message>
        <source>planned coverage</source>
        <translation>planned coverage</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>not covered</translation>
    </message>
    <message>
        <source>Covered (live, any technology)</source>
        <translation>Covered (live, any technology)</translation>
    </message>
    <message>
        <source>Spare ports</source>
        <translation>Spare ports</translation>
    </message>
    <message>
        <source>Nodes running out</source>
        <translation>Nodes running out</translation>
    </message>
    <message>
        <source>Complaints per 1,000 subscribers</source>
        <translation>Complaints per 1,000 subscribers</translation>
    </message>
    <message>
        <source>Activation growth</source>
        <translation>Activation growth</translation>
    </message>
    <message>
        <source>Forecast additions</source>
        <translation>Forecast additions</translation>
    </message>
    <message>
        <source>Installations on time</source>
        <translation>Installations on time</translation>
    </message>
    <message>
        <source>%1 assessed</source>
        <translation>%1 assessed</translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>(project)</translation>
    </message>
    <message>
        <source>none assessed</source>
        <translation>none assessed</translation>
    </message>
</context>
</TS>
