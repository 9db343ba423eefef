using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Units;

namespace DipolePortal.Coordinator.Commands;

/// <summary><c>dipole emin</c>: the least neutrino energy that can produce recoil T with an outgoing ν4 of mass m4.</summary>
internal static class EminCommand
{
    public static Command Create(TextWriter stdout)
    {
        var target = new Option<string>("--target")
        {
            Description = "electron, or a single-element target (" + string.Join(", ", TargetCatalog.Names) +
                          "); an element's isotopes enter through their abundance-weighted mean nuclear mass",
            Required = true,
        };
        var recoil = new Option<double>("--recoil") { Description = "recoil kinetic energy T [MeV]", Required = true };
        var m4 = new Option<double>("--m4") { Description = "sterile neutrino mass m4 [MeV] (0: ordinary elastic scattering)", Required = true };
        var json = new Option<bool>("--json") { Description = "print one JSON object on stdout" };
        var command = new Command("emin", "Minimum neutrino energy E_min(T, m4) [MeV] (seed 002 Eq. (6) for electrons; exact two-body kinematics for nuclei).")
        {
            target, recoil, m4, json,
        };
        command.SetAction(parse =>
        {
            string targetName = parse.GetValue(target)!;
            double recoilMeV = Validate.Positive("--recoil", parse.GetValue(recoil));
            double m4MeV = Validate.NonNegative("--m4", parse.GetValue(m4));
            double massMeV = TargetMassMeV(targetName);
            double eminMeV = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, massMeV, m4MeV);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, new JsonObject
                {
                    ["emin_MeV"] = JsonOutput.Number(eminMeV),
                    ["target"] = targetName,
                    ["target_mass_MeV"] = massMeV,
                    ["recoil_MeV"] = recoilMeV,
                    ["m4_MeV"] = m4MeV,
                });
            }
            else
            {
                new TextTable("target", "T [MeV]", "m4 [MeV]", "E_min [MeV]")
                    .Add(targetName, Show(recoilMeV), Show(m4MeV), Show(eminMeV))
                    .Write(stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static double TargetMassMeV(string targetName)
    {
        if (targetName.Equals("electron", StringComparison.OrdinalIgnoreCase))
        {
            return PhysicalConstants.ElectronMassMeV;
        }

        TargetMaterial material = TargetCatalog.Find(targetName);
        if (material.Constituents.Select(c => c.Nucleus.Z).Distinct().Count() != 1)
        {
            throw new UserInputException($"--target {targetName} is a compound: E_min depends on which nucleus recoils; give one element (e.g. Cs or I)");
        }

        double weight = material.Constituents.Sum(c => c.AtomsPerFormulaUnit);
        return material.Constituents.Sum(c => c.AtomsPerFormulaUnit * c.Nucleus.MassMeV) / weight;
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
