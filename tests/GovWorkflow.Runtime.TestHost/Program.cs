using GovWorkflow.Runtime.TestHost;

// Child processes of the runtime's recovery and scale-out tests:
//   crash DATA_FOLDER ACK_FILE INSTANCES SEED KILL_AT     one SQLite node, killed by SIGKILL at a random statement
//   node CONNECTION NODE_NAME FIRST COUNT TOTAL ACK_FILE  one of several nodes sharing a PostgreSQL database
return args.Length > 0 && args[0] == "node"
    ? await NodeDriver.RunAsync(args[1..])
    : await CrashDriver.RunAsync(args.Length > 0 && args[0] == "crash" ? args[1..] : args);
