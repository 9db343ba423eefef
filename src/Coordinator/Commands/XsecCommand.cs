using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Nuclear;

namespace DipolePortal.Coordinator.Commands;

/// <summary><c>dipole xsec</c>: one differential cross section dσ/dT at one (E_ν, T).</summary>
internal static class XsecCommand
{
    public static Command Create(TextWriter stdout)
    {
        var target = new Option<string>("--target")
        {
            Description = "electron (free electron) or a nucleus/material: " + string.Join(", ", TargetCatalog.Names),
            Required = true,
        };
        var model = new Option<string>("--model") { Description = "sm (Standard Model) or dipole (up-scattering through μ_ℓ4 only)", Required = true };
        model.AcceptOnlyFromAmong("sm", "dipole");
        var flavor = new Option<string>("--flavor") { Description = "incoming neutrino flavor: e, mu or tau", DefaultValueFactory = _ => "e" };
        flavor.AcceptOnlyFromAmong(FlavorNames.Single);
        var antineutrino = new Option<bool>("--antineutrino") { Description = "incoming antineutrino (g_L ↔ g_R in the SM ν–e cross section)" };
        var enu = new Option<double>("--enu") { Description = "neutrino energy E_ν [MeV]", Required = true };
        var recoil = new Option<double>("--recoil") { Description = "recoil kinetic energy T [MeV]", Required = true };
        var m4 = new Option<double>("--m4") { Description = "sterile neutrino mass m4 [MeV] (dipole model)", DefaultValueFactory = _ => 0.0 };
        var mu = new Option<double>("--mu") { Description = "transition magnetic moment μ_ℓ4 [μ_B] (dipole model)", DefaultValueFactory = _ => 1e-10 };
        var json = new Option<bool>("--json") { Description = "print one JSON object on stdout" };

        var command = new Command("xsec", "Differential cross section dσ/dT [cm² MeV⁻¹] per target (per electron, or per nucleus / formula unit). " +
            "Zero wherever the kinematics forbid the process (E_ν below E_min(T, m4)).")
        {
            target, model, flavor, antineutrino, enu, recoil, m4, mu, json,
        };
        command.SetAction(parse =>
        {
            string targetName = parse.GetValue(target)!;
            bool isDipole = parse.GetValue(model) == "dipole";
            var nu = FlavorNames.Parse(parse.GetValue(flavor)!);
            bool anti = parse.GetValue(antineutrino);
            double enuMeV = Validate.Positive("--enu", parse.GetValue(enu));
            double recoilMeV = Validate.Positive("--recoil", parse.GetValue(recoil));
            double m4MeV = Validate.NonNegative("--m4", parse.GetValue(m4));
            double muBohr = Validate.NonNegative("--mu", parse.GetValue(mu));

            double value = targetName.Equals("electron", StringComparison.OrdinalIgnoreCase)
                ? isDipole
                    ? ElectronScattering.DipoleDsigmaDtCm2PerMeV(enuMeV, recoilMeV, m4MeV, muBohr)
                    : ElectronScattering.StandardModelDsigmaDtCm2PerMeV(nu, anti, enuMeV, recoilMeV)
                : NuclearTargetCrossSection(TargetCatalog.Find(targetName), isDipole, enuMeV, recoilMeV, m4MeV, muBohr);

            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, new JsonObject
                {
                    ["dsigma_dT_cm2_per_MeV"] = JsonOutput.Number(value),
                    ["target"] = targetName,
                    ["model"] = isDipole ? "dipole" : "sm",
                    ["flavor"] = parse.GetValue(flavor),
                    ["antineutrino"] = anti,
                    ["enu_MeV"] = enuMeV,
                    ["recoil_MeV"] = recoilMeV,
                    ["m4_MeV"] = isDipole ? m4MeV : 0.0,
                    ["mu_muB"] = isDipole ? muBohr : 0.0,
                });
            }
            else
            {
                new TextTable("quantity", "value")
                    .Add("target", targetName)
                    .Add("model", isDipole ? "dipole" : "sm")
                    .Add("E_nu [MeV]", enuMeV.ToString("G6", CultureInfo.InvariantCulture))
                    .Add("T [MeV]", recoilMeV.ToString("G6", CultureInfo.InvariantCulture))
                    .Add("dsigma/dT [cm^2/MeV]", value.ToString("G6", CultureInfo.InvariantCulture))
                    .Write(stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Sum over a material's nuclei, weighted by their number per formula unit (isotopic abundance for an element).</summary>
    private static double NuclearTargetCrossSection(TargetMaterial material, bool isDipole, double enuMeV, double recoilMeV, double m4MeV, double muBohr) =>
        material.Constituents.Sum(c => c.AtomsPerFormulaUnit * (isDipole
            ? NuclearScattering.DipoleDsigmaDtCm2PerMeV(c.Nucleus, enuMeV, recoilMeV, m4MeV, muBohr)
            : NuclearScattering.StandardModelDsigmaDtCm2PerMeV(c.Nucleus, enuMeV, recoilMeV)));
}
