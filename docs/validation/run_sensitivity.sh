#!/usr/bin/env bash
# Sensitivity runs of docs/validation.md. They need the one-off knobs of docs/validation/oneoff_knobs.patch
# (environment variables read by a temporarily patched build; NOT part of the committed code):
#   git apply docs/validation/oneoff_knobs.patch && docs/validation/run_sensitivity.sh; git checkout -- src
# Output: one TSV line per run: label experiment flavor m4 binding mu_limit_muB mu_bestfit_muB chi2_at_zero-chi2_min
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
run() { # label "ENV=... ENV=..." experiment flavor m4 [binding] [cl]
  local label=$1 envs=$2 exp=$3 flavor=$4 m4=$5 binding=${6:-free} cl=${7:-0.9}
  json=$(env $envs ./dipole limit --experiment "$exp" --flavor "$flavor" --m4 "$m4" --binding "$binding" --cl "$cl" --json)
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("\t".join(sys.argv[2:]+[repr(d["mu_limit_muB"]),repr(d["mu_bestfit_muB"]),repr(d["chi2_at_zero"]-d["chi2_min"])]))' \
    "$json" "$label" "$exp" "$flavor" "$m4" "$binding"
}
PPBE=pp,7Be-384,7Be-862
for m4 in 0.01 0.3; do
  e=xenonnt
  run baseline "" $e e $m4
  for b in 0 0.02 0.10; do run bkg=$b DV_BKG_XNT=$b $e e $m4; done
  for s in 0.97 1.03; do run eff=$s DV_EFF_SCALE=$s $e e $m4; done
  run eff_zero_outside DV_XNT_EFF_ZERO=1 $e e $m4
  for s in 0.8 1.2; do run res=$s DV_RES_SCALE=$s $e e $m4; done
  run sources=pp+Be DV_SOURCES=$PPBE $e e $m4
  run asimov DV_ASIMOV=1 $e e $m4
  e=pandax4t-run1
  run baseline "" $e e $m4
  for b in 0.03 0.12; do run bkg=$b DV_BKG_PX=$b $e e $m4; done
  for s in 0.97 1.03; do run eff=$s DV_EFF_SCALE=$s $e e $m4; done
  run exposure=0.995 DV_PX_EXPOSURE=0.995 $e e $m4
  for s in 0.8 1.2; do run res=$s DV_RES_SCALE=$s $e e $m4; done
  run sources=pp+Be DV_SOURCES=$PPBE $e e $m4
  run asimov DV_ASIMOV=1 $e e $m4
  for e in xenonnt pandax4t-run1; do
    for f in mu tau; do
      for s23 in 0.5 0.274; do run s23=$s23 DV_S23=$s23 $e $f $m4; done
    done
    for f in mu tau universal; do run sources=pp+Be DV_SOURCES=$PPBE $e $f $m4; done
  done
done
# Readings of the garbled fourth value: e at m4 = 0.1 MeV, and 2-dof thresholds (Δχ² = 4.605 ⇔ 1-dof CL 0.96815).
for e in xenonnt pandax4t-run1; do
  run m4=0.1 "" $e e 0.1
  for f in e mu tau universal; do run 2dof-threshold "" $e $f 0.01 free 0.96815; done
done
