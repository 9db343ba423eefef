namespace DipolePortal.Coordinator.Tests.Contract;

/// <summary>
/// Approval files pin the CLI contract (help texts, JSON shapes, CSV headers): the text must equal
/// Contract/Approved/NAME.approved.txt. On a difference NAME.received.txt is written beside it; after checking it,
/// rename it to approve the change.
/// </summary>
internal static class Approvals
{
    public static void Verify(string name, string actual)
    {
        string folder = Path.Combine(ContractCli.RepositoryRoot(), "tests", "Coordinator.Tests", "Contract", "Approved");
        string approved = Path.Combine(folder, $"{name}.approved.txt");
        string received = Path.Combine(folder, $"{name}.received.txt");
        string normalized = actual.ReplaceLineEndings("\n");
        if (File.Exists(approved) && File.ReadAllText(approved).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail($"{name} differs from its approved text; compare {received} with {approved} and rename it if the change is intended");
    }
}
