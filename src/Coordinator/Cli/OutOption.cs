using System.CommandLine;

namespace DipolePortal.Coordinator.Cli;

/// <summary>The --out option of the verbs that write a scan's files (OUT/SCAN/); an empty value is refused while parsing.</summary>
internal static class OutOption
{
    public static Option<string> Create(string description)
    {
        var option = new Option<string>("--out") { Description = description, DefaultValueFactory = _ => "out" };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--out is empty: give the folder the scan's files go to (default: out)");
            }
        });
        return option;
    }
}
