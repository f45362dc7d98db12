using GovWorkflow.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGovWorkflowServer();
var app = builder.Build();
app.UseGovWorkflowServer();
await app.RunAsync().ConfigureAwait(false);
