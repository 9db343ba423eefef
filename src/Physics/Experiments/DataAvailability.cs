namespace DipolePortal.Physics.Experiments;

/// <summary>Where an experiment's observed counts come from.</summary>
public enum DataAvailability
{
    /// <summary>Published data bundled with the program (official or digitized, as its data README says).</summary>
    Bundled,

    /// <summary>A projection: the "observed" counts are the Asimov expectation (SM + backgrounds).</summary>
    Projection,

    /// <summary>No public table is available to us: the user supplies the data file.</summary>
    UserFile,
}
