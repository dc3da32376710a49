using BenchmarkDotNet.Running;
using Sightline.Benchmarks.Imports;

// Two kinds of benchmark, both run by hand (never in CI); results go to docs/BENCHMARKS.md.
//   import-scale [--entities N]   whole-process: import time and peak memory of each bundled list and of a generated FtM file
//   import-one PATH DB            one import in this process (used by import-scale to measure peak memory per list)
//   entity-page URL [--runs N]    whole-process: a served entity page's render time in headless Chromium
//   anything else                 BenchmarkDotNet inner-loop benchmarks (e.g. --filter '*')
return args.FirstOrDefault() switch
{
    "import-scale" => await ImportScale.RunAsync(args[1..]),
    "import-one" => ImportOne.Run(args[1], args[2]),
    "entity-page" => Sightline.Benchmarks.Web.EntityPageTiming.Run(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ImportScale).Assembly).Run(args);
    return 0;
}
