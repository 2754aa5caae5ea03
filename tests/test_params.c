/* Parameter layout: declaration, contiguous offsets, uniqueness, alignment. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "model/model.h"

int main(void) {
  at_params P;
  at_params_init(&P);
  size_t a = 99, b = 99, c = 99;
  CHECK_OK(at_params_add(&P, "enc/W", 2, 3, 4, &a));
  CHECK_OK(at_params_add(&P, "enc/b", 1, 5, 1, &b));
  CHECK_OK(at_params_add(&P, "dec/W", 2, 2, 7, &c));
  CHECK(a == 0 && b == 12 && c == 17);
  CHECK(P.total == 31 && P.count == 3);
  CHECK_STATUS(at_params_add(&P, "enc/b", 1, 2, 1, NULL), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_params_add(&P, "bad", 2, 0, 3, NULL), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_params_add(&P, "bad", 3, 1, 3, NULL), AT_ERR_INVALID_ARG);
  CHECK(P.count == 3 && P.total == 31);
  const at_param_info *pi = at_params_find(&P, "enc/b");
  CHECK(pi && pi->offset == 12 && pi->size == 5 && pi->ndim == 1 && pi->shape[0] == 5 && pi->shape[1] == 1);
  pi = at_params_find(&P, "dec/W");
  CHECK(pi && pi->offset == 17 && pi->size == 14 && pi->shape[0] == 2 && pi->shape[1] == 7);
  CHECK(at_params_find(&P, "nope") == NULL);
  CHECK_OK(at_params_alloc(&P));
  CHECK(((uintptr_t)P.data % 64) == 0 && ((uintptr_t)P.grad % 64) == 0);
  int zero = 1;
  for (size_t i = 0; i < P.total; i++) zero &= P.data[i] == 0.0f && P.grad[i] == 0.0f;
  CHECK(zero);
  CHECK_STATUS(at_params_add(&P, "late", 1, 2, 1, NULL), AT_ERR_INVALID_ARG);
  for (size_t i = 0; i < P.total; i++) P.grad[i] = 1.0f;
  at_params_zero_grad(&P);
  zero = 1;
  for (size_t i = 0; i < P.total; i++) zero &= P.grad[i] == 0.0f;
  CHECK(zero);
  /* many parameters: the table grows */
  at_params Q;
  at_params_init(&Q);
  char name[32];
  for (int i = 0; i < 100; i++) {
    snprintf(name, sizeof name, "p%d", i);
    CHECK_OK(at_params_add(&Q, name, 1, i + 1, 1, NULL));
  }
  CHECK(Q.total == 5050 && at_params_find(&Q, "p99")->offset == 4950);
  at_params_free(&Q);
  at_params_free(&P);
  CHECK(P.data == NULL && P.count == 0);
  at_params_free(NULL);
  CHECK_DONE();
}
