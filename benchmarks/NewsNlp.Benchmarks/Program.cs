using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(NewsNlp.Benchmarks.SegmentationBenchmarks).Assembly).Run(args);
