using Sightline.Cli;

// sightline: the command-line front of Sightline. The command tree is in SightlineApp; each command group lives in Commands/.
return await SightlineApp.RunAsync(args);
