/* Optimizers, clipping and schedules against values computed by hand in double. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "train/train.h"

/* Adam, two steps on 3 parameters, with and without decoupled weight decay. */
static void test_adam(void) {
  float p[3] = {1.0f, -2.0f, 0.5f};
  const float g1[3] = {0.1f, -0.2f, 0.0f}, g2[3] = {0.3f, 0.1f, -0.4f};
  at_optim_config cfg;
  at_optim_config_default(&cfg);
  cfg.weight_decay = 0.01;
  at_optimizer o;
  CHECK_OK(at_optim_init(&o, &cfg, 3));
  CHECK(o.nslots == 2 && !strcmp(o.slot_name[0], "adam_m") && !strcmp(o.slot_name[1], "adam_v"));
  double lr = 0.01;
  double P[3] = {1.0, -2.0, 0.5}, M[3] = {0}, V[3] = {0};
  const float *gs[2] = {g1, g2};
  for (int t = 1; t <= 2; t++) {
    at_optim_step(&o, p, gs[t - 1], lr);
    for (int i = 0; i < 3; i++) {
      double g = gs[t - 1][i];
      M[i] = 0.9 * M[i] + 0.1 * g;
      V[i] = 0.999 * V[i] + 0.001 * g * g;
      double mh = M[i] / (1 - pow(0.9, t)), vh = V[i] / (1 - pow(0.999, t));
      P[i] = P[i] - lr * 0.01 * P[i] - lr * mh / (sqrt(vh) + 1e-8);
    }
    for (int i = 0; i < 3; i++) {
      CHECK_NEAR(p[i], P[i], 1e-6);
      CHECK_NEAR(o.slot[0][i], M[i], 1e-7);
      CHECK_NEAR(o.slot[1][i], V[i], 1e-6 * V[i] + 1e-12);
    }
  }
  CHECK(o.t == 2);
  at_optim_free(&o);
  at_optim_free(NULL);
}

static void test_sgd(void) {
  const float g[2] = {0.5f, -1.0f};
  at_optim_config cfg;
  at_optim_config_default(&cfg);
  cfg.type = AT_OPTIM_SGD;
  at_optimizer o;
  /* plain */
  float p[2] = {1.0f, 2.0f};
  CHECK_OK(at_optim_init(&o, &cfg, 2));
  CHECK(o.nslots == 0);
  at_optim_step(&o, p, g, 0.1);
  CHECK_NEAR(p[0], 1.0 - 0.1 * 0.5, 1e-7);
  CHECK_NEAR(p[1], 2.0 + 0.1 * 1.0, 1e-7);
  at_optim_free(&o);
  /* momentum 0.9 and L2 weight decay 0.1, two steps */
  cfg.momentum = 0.9;
  cfg.weight_decay = 0.1;
  float q[2] = {1.0f, 2.0f};
  CHECK_OK(at_optim_init(&o, &cfg, 2));
  CHECK(o.nslots == 1 && !strcmp(o.slot_name[0], "sgd_momentum"));
  double Q[2] = {1, 2}, U[2] = {0, 0};
  for (int t = 0; t < 2; t++) {
    at_optim_step(&o, q, g, 0.1);
    for (int i = 0; i < 2; i++) {
      U[i] = 0.9 * U[i] + (g[i] + 0.1 * Q[i]);
      Q[i] -= 0.1 * U[i];
      CHECK_NEAR(q[i], Q[i], 1e-6);
    }
  }
  at_optim_free(&o);
}

static void test_clip(void) {
  float g[3] = {3.0f, 4.0f, 0.0f};
  CHECK_NEAR(at_grad_norm(g, 3), 5.0, 1e-12);
  double n = at_grad_clip(g, 3, 1.0);
  CHECK_NEAR(n, 5.0, 1e-12);
  CHECK_NEAR(g[0], 0.6, 1e-7);
  CHECK_NEAR(g[1], 0.8, 1e-7);
  CHECK_NEAR(at_grad_norm(g, 3), 1.0, 1e-6);
  /* under the limit, or no limit: untouched */
  float h[2] = {0.3f, 0.4f};
  CHECK_NEAR(at_grad_clip(h, 2, 1.0), 0.5, 1e-7);
  CHECK(h[0] == 0.3f && h[1] == 0.4f);
  float k[2] = {30.0f, 40.0f};
  CHECK_NEAR(at_grad_clip(k, 2, 0.0), 50.0, 1e-9);
  CHECK(k[0] == 30.0f);
  /* large array, several blocks and threads: exact against a double sum, and
   * the same bits on repeated calls */
  size_t n_big = 100003;
  float *big = malloc(n_big * sizeof *big);
  double ref = 0;
  for (size_t i = 0; i < n_big; i++) {
    big[i] = (float)((double)(i % 97) / 97.0 - 0.5);
    ref += (double)big[i] * big[i];
  }
  at_set_threads(1);
  double a = at_grad_norm(big, n_big);
  at_set_threads(2);
  double b = at_grad_norm(big, n_big);
  CHECK_MSG(a == b, "1 and 2 threads: %.17g vs %.17g", a, b);
  CHECK_NEAR(a, sqrt(ref), 1e-9 * sqrt(ref));
  at_grad_clip(big, n_big, 1.0);
  CHECK_NEAR(at_grad_norm(big, n_big), 1.0, 1e-5);
  CHECK_OK(at_grad_reduce(big, n_big));
  free(big);
}

static void test_schedules(void) {
  at_schedule s;
  at_schedule_init(&s, AT_SCHED_CONSTANT, 0.001, 0);
  CHECK_NEAR(at_schedule_lr(&s, 1), 0.001, 1e-15);
  CHECK_NEAR(at_schedule_lr(&s, 100000), 0.001, 1e-15);
  CHECK(at_schedule_on_valid(&s, 10.0) == 0);
  at_schedule_init(&s, AT_SCHED_CONSTANT, 0.001, 100); /* linear warm-up */
  CHECK_NEAR(at_schedule_lr(&s, 1), 0.00001, 1e-15);
  CHECK_NEAR(at_schedule_lr(&s, 50), 0.0005, 1e-15);
  CHECK_NEAR(at_schedule_lr(&s, 100), 0.001, 1e-15);
  CHECK_NEAR(at_schedule_lr(&s, 500), 0.001, 1e-15);

  at_schedule_init(&s, AT_SCHED_NOAM, 0.002, 400);
  CHECK_NEAR(at_schedule_lr(&s, 100), 0.002 * 0.25, 1e-15);
  CHECK_NEAR(at_schedule_lr(&s, 400), 0.002, 1e-15);
  CHECK_NEAR(at_schedule_lr(&s, 1600), 0.001, 1e-15);
  CHECK_NEAR(at_schedule_lr(&s, 6400), 0.0005, 1e-15);
  at_schedule_init(&s, AT_SCHED_NOAM, 0.1, 0);
  CHECK_NEAR(at_schedule_lr(&s, 4), 0.05, 1e-15);

  at_schedule_init(&s, AT_SCHED_PLATEAU, 1.0, 0);
  s.patience = 2;
  s.decay = 0.5;
  s.min_lr = 0.2;
  CHECK(at_schedule_on_valid(&s, 10.0) == 0); /* best 10 */
  CHECK(at_schedule_on_valid(&s, 9.0) == 0);  /* best 9 */
  CHECK(at_schedule_on_valid(&s, 9.5) == 0);  /* bad 1 */
  CHECK_NEAR(at_schedule_lr(&s, 10), 1.0, 1e-15);
  CHECK(at_schedule_on_valid(&s, 9.0) == 1);  /* bad 2 (equal is no improvement): decay */
  CHECK_NEAR(at_schedule_lr(&s, 10), 0.5, 1e-15);
  CHECK(at_schedule_on_valid(&s, 8.0) == 0);  /* improves: counter reset */
  CHECK(at_schedule_on_valid(&s, 8.0) == 0);
  CHECK(at_schedule_on_valid(&s, 8.0) == 1);
  CHECK_NEAR(at_schedule_lr(&s, 10), 0.25, 1e-15);
  CHECK(at_schedule_on_valid(&s, 8.0) == 0);
  CHECK(at_schedule_on_valid(&s, 8.0) == 1);
  CHECK_NEAR(at_schedule_lr(&s, 10), 0.2, 1e-15); /* 0.125 clamped to min_lr */
}

int main(void) {
  test_adam();
  test_sgd();
  test_clip();
  test_schedules();
  CHECK_DONE();
}
