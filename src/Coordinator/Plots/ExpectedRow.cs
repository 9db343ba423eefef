namespace DipolePortal.Coordinator.Plots;

/// <summary>One row of expected_1dof.csv: the expected-limit quantiles of one experiment set and flavor at one m4.</summary>
internal sealed record ExpectedRow(
    string ExperimentSet,
    string Flavor,
    double M4MeV,
    double MedianMuB,
    double Minus1SigmaMuB,
    double Plus1SigmaMuB,
    double Minus2SigmaMuB,
    double Plus2SigmaMuB,
    int PseudoExperiments);
