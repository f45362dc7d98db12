namespace GovWorkflow.Server.Hosting;

/// <summary>What the demo seed may do here, from <c>Server:Demo</c> and the environment.</summary>
/// <param name="SeedAllowed">Whether the demo users may be seeded on first run: not in <c>Production</c> unless <c>Server:Demo=true</c>.</param>
/// <param name="PasswordChangeRequired">
/// Whether a user flagged <c>MustChangePassword</c> may only change the password: outside <c>Development</c> and
/// <c>Testing</c>, or whenever <c>Server:Demo=false</c>.
/// </param>
public sealed record DemoMode(bool SeedAllowed, bool PasswordChangeRequired)
{
    /// <summary>The environment name in which the integration tests run the server.</summary>
    public const string TestingEnvironment = "Testing";

    /// <summary>The mode of these settings in this environment.</summary>
    public static DemoMode Of(ServerOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var demoEnvironment = environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);
        return new DemoMode(
            SeedAllowed: !environment.IsProduction() || options.Demo == true,
            PasswordChangeRequired: !demoEnvironment || options.Demo == false);
    }
}
