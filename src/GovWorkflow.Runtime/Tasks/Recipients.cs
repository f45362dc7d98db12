namespace GovWorkflow.Runtime.Tasks;

/// <summary>Whom a task notification (outbox row) is for: named people, or while a task waits in a queue its candidate groups and departments.</summary>
/// <param name="Users">People, by user id.</param>
/// <param name="Groups">Roles.</param>
/// <param name="Departments">Department codes.</param>
public sealed record Recipients(IReadOnlyList<string> Users, IReadOnlyList<string> Groups, IReadOnlyList<string> Departments);
