using System.CommandLine;
using Sightline.Cli;
using Sightline.Cli.Commands;

// sightline: the command-line front of Sightline. Each command group lives in Commands/.
var root = new RootCommand("Sightline: a sourced record of who sanctioned people are, whom they met, when and where.");
root.Options.Add(GlobalOptions.Database);
root.Options.Add(GlobalOptions.StaleAfterDays);
root.Options.Add(GlobalOptions.User);

root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(ListsCommands.Create());
root.Subcommands.Add(ScreenCommand.Create());
root.Subcommands.Add(NamesCommands.Create());
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
foreach (var command in KnowledgeCommands.Create()) root.Subcommands.Add(command);
foreach (var command in AlertCommands.Create()) root.Subcommands.Add(command);
foreach (var command in ReviewCommands.Create()) root.Subcommands.Add(command);
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ExportCommand.Import());
foreach (var command in BackupCommands.Create()) root.Subcommands.Add(command);
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BenchCommands.Create());
root.Subcommands.Add(TrainCommands.Create());
root.Subcommands.Add(EvalCommands.Create());

return await root.Parse(args).InvokeAsync();
