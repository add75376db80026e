import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';

/** The vertical domains of data/verticals.json: each sentence must yield every listed id. */
describe('products and standards of vertical domains', () => {
  const found = (text: string) => new Set(analyzePosting({ text }).skills.map((s) => s.id));
  it.each([
    [
      'mobile-network core',
      '- Experience operating AMF, SMF and NRF functions, tracing NGAP and PFCP flows and troubleshooting EPC and Diameter links.',
      [
        'access-and-mobility-management-function',
        'session-management-function',
        'network-repository-function',
        'ngap',
        'pfcp',
        'evolved-packet-core',
        'diameter',
      ],
    ],
    [
      'chip verification and emulation',
      'Build UVM RAL models, run gate-level simulation, bring up the SoC on Palladium or ZeBu and write power intent in the Unified Power Format.',
      ['uvm-ral', 'gate-level-simulation', 'palladium', 'zebu', 'unified-power-format'],
    ],
    [
      'climate model data',
      'Analyse model output with xarray and Cartopy, write netCDF files that follow the CF conventions and decode GRIB2 fields with ecCodes.',
      ['xarray', 'cartopy', 'netcdf', 'cf-conventions', 'grib', 'eccodes'],
    ],
    [
      'GIS services and formats',
      'Publish WFS and WMTS layers, convert Shapefile and GeoJSON data with FME and reproject from WGS84 to ETRS89 with pyproj.',
      [
        'web-feature-service',
        'web-map-tile-service',
        'shapefile',
        'geojson',
        'fme',
        'wgs84',
        'etrs89',
        'pyproj',
      ],
    ],
    [
      'game release engineering',
      'Own UnrealBuildTool and BuildGraph scripts, speed builds up with Unreal Build Accelerator and collect crashes in BugSplat.',
      ['unrealbuildtool', 'buildgraph', 'unreal-build-accelerator', 'bugsplat'],
    ],
    [
      'health integration',
      'Maintain InterSystems Ensemble productions in ObjectScript and connect to the NHS Spine.',
      ['intersystems-ensemble', 'objectscript', 'nhs-spine'],
    ],
    [
      'ad tech and fiscal standards',
      'Bid through OpenRTB and Prebid.js, test the Privacy Sandbox APIs; issue SAF-T exports with an ATCUD on every invoice.',
      ['openrtb', 'prebid', 'privacy-sandbox', 'saf-t', 'atcud'],
    ],
  ])('%s', (_, text, ids) => {
    const got = found(text);
    for (const id of ids) expect(got, id).toContain(id);
  });

  it('keeps the ordinary words out', () => {
    const text =
      'The pipe diameter is 50 mm; a horde of visitors came by steam train to see palladium jewellery and metal sculptures, with Excel reports.';
    const got = found(text);
    for (const id of ['diameter', 'horde', 'steam', 'palladium', 'metal-api'])
      expect(got, id).not.toContain(id);
  });
});
