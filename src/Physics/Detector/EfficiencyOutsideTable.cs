namespace DipolePortal.Physics.Detector;

/// <summary>What a tabulated <see cref="Efficiency"/> returns outside its table.</summary>
public enum EfficiencyOutsideTable
{
    /// <summary>0 below the first and above the last node: no event is accepted where the collaboration gives no efficiency.</summary>
    Zero = 0,

    /// <summary>The first node's value below the table and the last node's value above it.</summary>
    Clamp = 1,
}
